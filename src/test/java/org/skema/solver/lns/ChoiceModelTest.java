package org.skema.solver.lns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ChoiceModelTest {

    @Test
    void choosesTheCheapestCandidatesAndProvesIt() {
        ChoiceModel model = new ChoiceModel();
        model.addItem(new long[] {5, 1, 3}, 0);
        model.addItem(new long[] {2, 4}, 0);
        ChoiceModel.Choice choice = model.solve(5, 1);
        assertThat(choice.candidates()).containsExactly(1, 0);
        assertThat(choice.cost()).isEqualTo(3);
        assertThat(choice.optimal()).isTrue();
        assertThat(choice.bound()).isEqualTo(3);
    }

    @Test
    void forbiddenPairsAndPairCostsChangeTheChoice() {
        ChoiceModel model = new ChoiceModel();
        model.addItem(new long[] {0, 1}, 0);
        model.addItem(new long[] {0, 1}, 0);
        model.addItem(new long[] {0, 10}, 0);
        model.forbid(0, 0, 1, 0);
        model.addPairCost(1, 1, 2, 0, 7);
        model.addPairCost(0, 1, 2, 1, -12);
        // (1,0,0) and (0,1,0) cost 1 before pair terms; (1,0,1) costs 1 + 10 - 12 = -1
        ChoiceModel.Choice choice = model.solve(5, 1);
        assertThat(choice.candidates()).containsExactly(1, 0, 1);
        assertThat(choice.cost()).isEqualTo(-1);
        assertThat(model.cost(new int[] {0, 0, 0})).as("forbidden").isNull();
        assertThat(model.cost(new int[] {0, 1, 0})).isEqualTo(0 + 1 + 0 + 7);
    }

    @Test
    void theSolversCostIsTheModelsCostOnRandomModels() {
        Random random = new Random(3);
        for (int round = 0; round < 20; round++) {
            ChoiceModel model = new ChoiceModel();
            int items = 2 + random.nextInt(4);
            for (int i = 0; i < items; i++) {
                long[] costs = random.longs(1 + random.nextInt(4), 0, 20).toArray();
                model.addItem(costs, random.nextInt(costs.length));
            }
            for (int t = 0; t < 10; t++) {
                int a = random.nextInt(items);
                int b = random.nextInt(items);
                if (a != b) {
                    model.addPairCost(a, 0, b, 0, random.nextInt(30) - 10);
                }
            }
            ChoiceModel.Choice choice = model.solve(5, round);
            assertThat(choice.optimal()).isTrue();
            assertThat(model.cost(choice.candidates())).isEqualTo(choice.cost());
            assertThat(choice.cost()).isLessThanOrEqualTo(model.cost(model.currentChoice()));
            assertThat(choice.cost()).isEqualTo(bruteForce(model, items));
        }
    }

    @Test
    void anItemNeedsItsCurrentCandidate() {
        assertThatThrownBy(() -> new ChoiceModel().addItem(new long[] {1}, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static long bruteForce(ChoiceModel model, int items) {
        return search(model, new int[items], 0, Long.MAX_VALUE);
    }

    private static long search(ChoiceModel model, int[] choice, int item, long best) {
        if (item == choice.length) {
            Long cost = model.cost(choice);
            return cost == null ? best : Math.min(best, cost);
        }
        for (int c = 0; c < model.candidates(item); c++) {
            choice[item] = c;
            best = search(model, choice, item + 1, best);
        }
        return best;
    }
}
