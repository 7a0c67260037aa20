package org.skema.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skema.ScenarioBuilder.MON;
import static org.skema.ScenarioBuilder.TUE;
import static org.skema.ScenarioBuilder.h;

import org.junit.jupiter.api.Test;
import org.skema.ScenarioBuilder;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Room;

class Itc2019ScoreTest {
    @Test
    void readsTheFourComponentsAndWeighsThem() {
        ScenarioBuilder s = new ScenarioBuilder().weights(ObjectiveWeights.itc2019(2, 3, 5, 7));
        Room r = s.room("R");
        s.section("A").at(s.at(MON, h(8), 12), 4).in(r, 1);
        s.section("B").at(s.at(MON, h(8), 12), 1).roomless();
        s.section("C").at(s.at(TUE, h(8), 12));
        s.students(2, "A", "B");
        s.preferred("DifferentDays", 6, "A", "C");
        s.preferred("SameDays", 9, "A", "C");
        Evaluation evaluation = s.build().evaluate();
        Itc2019Score score = Itc2019Score.of(evaluation);
        assertThat(score).isEqualTo(new Itc2019Score(5, 1, 9, 2, 2 * 5 + 3 * 1 + 5 * 9 + 7 * 2));
        assertThat(score.total()).isEqualTo(evaluation.soft());
        assertThat(Itc2019Score.appliesTo(evaluation.solution().problem())).isTrue();
    }

    @Test
    void aRoomWithoutATimeCountsNeitherInTheItcTotalNorInTheSoftScore() {
        ScenarioBuilder s = new ScenarioBuilder().weights(ObjectiveWeights.itc2019(1, 1, 1, 1));
        Room r = s.room("R");
        s.section("A").at(s.at(MON, h(8), 12)).in(r, 2);
        s.section("B").in(r, 5);
        Evaluation evaluation = s.build().evaluate();
        assertThat(Itc2019Score.of(evaluation)).isEqualTo(new Itc2019Score(0, 2, 0, 0, 2));
        assertThat(evaluation.soft()).isEqualTo(2);
    }

    @Test
    void facultyWeightsAreNotItcWeights() {
        ScenarioBuilder s = new ScenarioBuilder();
        s.section("A").at(s.at(MON, h(8), 12)).roomless();
        assertThat(Itc2019Score.appliesTo(s.build().problem())).isFalse();
    }
}
