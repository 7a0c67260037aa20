package org.skema.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.skema.solver.moves.Neighbourhoods.Kind;

class KindChooserTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void everyKindIsTriedInTurnBeforeGainsCount() {
        KindChooser chooser = new KindChooser();
        Random random = new Random(1);
        Map<Kind, Integer> picks = new EnumMap<>(Kind.class);
        for (int i = 0; i < KindChooser.WARM_UP * KindChooser.DRAWN.size(); i++) {
            Kind kind = chooser.next(random);
            picks.merge(kind, 1, Integer::sum);
            chooser.tried(kind, true, true, kind == Kind.ROOM_DAYS ? 100 : 0, SECOND);
        }
        for (Kind kind : KindChooser.DRAWN) {
            assertThat(picks.get(kind)).isEqualTo(KindChooser.WARM_UP);
        }
    }

    @Test
    void theKindThatGainsIsDrawnMostButTheOthersStillNowAndThen() {
        KindChooser chooser = new KindChooser();
        Random random = new Random(2);
        Map<Kind, Integer> picks = new EnumMap<>(Kind.class);
        for (int i = 0; i < 4000; i++) {
            Kind kind = chooser.next(random);
            picks.merge(kind, 1, Integer::sum);
            chooser.tried(kind, true, true, kind == Kind.ROOM_DAYS ? 100 : 0, SECOND);
        }
        int kinds = KindChooser.DRAWN.size();
        double explored = KindChooser.EXPLORATION / kinds;
        assertThat(picks.get(Kind.ROOM_DAYS)).isGreaterThan((int) (4000 * 0.6));
        for (Kind kind : KindChooser.DRAWN) {
            if (kind != Kind.ROOM_DAYS) {
                assertThat(picks.get(kind)).isBetween((int) (4000 * explored * 0.7), (int) (4000 * explored * 3));
            }
        }
    }

    @Test
    void aKindThatStopsGainingLosesItsShare() {
        KindChooser chooser = new KindChooser();
        Random random = new Random(3);
        for (int i = 0; i < 200; i++) {
            Kind kind = chooser.next(random);
            chooser.tried(kind, true, true, kind == Kind.DISTRIBUTION ? 50 : 0, SECOND);
        }
        Map<Kind, Integer> picks = new EnumMap<>(Kind.class);
        for (int i = 0; i < 2000; i++) {
            Kind kind = chooser.next(random);
            picks.merge(kind, 1, Integer::sum);
            chooser.tried(kind, true, true, kind == Kind.STUDENTS ? 50 : 0, SECOND);
        }
        assertThat(picks.get(Kind.STUDENTS)).isGreaterThan(picks.get(Kind.DISTRIBUTION) * 3);
    }

    @Test
    void aKindWithLittleTimeSpentIsNotWrittenOffAfterOneEmptyTry() {
        KindChooser chooser = new KindChooser();
        Random random = new Random(5);
        // warm-up: distribution gains a lot in long tries, the others nothing in short ones
        for (int i = 0; i < KindChooser.WARM_UP * KindChooser.DRAWN.size(); i++) {
            Kind kind = chooser.next(random);
            boolean distribution = kind == Kind.DISTRIBUTION;
            chooser.tried(kind, true, true, distribution ? 500 : 0, distribution ? SECOND : SECOND / 10);
        }
        Map<Kind, Integer> picks = new EnumMap<>(Kind.class);
        for (int i = 0; i < 1000; i++) {
            picks.merge(chooser.next(random), 1, Integer::sum);
        }
        assertThat(picks.get(Kind.EXPENSIVE_PLACE)).isGreaterThan(100);
    }

    @Test
    void eachKindKeepsItsOwnSize() {
        KindChooser chooser = new KindChooser();
        int start = chooser.size(Kind.STUDENTS);
        chooser.tried(Kind.STUDENTS, true, true, 0, SECOND);
        chooser.tried(Kind.DISTRIBUTION, true, false, 0, SECOND);
        chooser.tried(Kind.ROOM_DAYS, false, false, 0, SECOND);
        assertThat(chooser.size(Kind.STUDENTS)).isEqualTo(start + 1);
        assertThat(chooser.size(Kind.DISTRIBUTION)).isEqualTo(start - 2);
        assertThat(chooser.size(Kind.ROOM_DAYS)).isEqualTo(start);
        for (int i = 0; i < 100; i++) {
            chooser.tried(Kind.DISTRIBUTION, true, false, 0, SECOND);
            chooser.tried(Kind.STUDENTS, true, true, 0, SECOND);
        }
        assertThat(chooser.size(Kind.DISTRIBUTION)).isEqualTo(KindChooser.MIN_SIZE);
        assertThat(chooser.size(Kind.STUDENTS)).isEqualTo(KindChooser.MAX_SIZE);
    }
}
