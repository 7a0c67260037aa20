package org.skema.solver.lns;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.List;

/**
 * Choose one candidate per item: each candidate has a cost, pairs of candidates of two items may add
 * a cost or be forbidden together, and the sum is minimised. This is what a neighbourhood of sections
 * with everything else fixed becomes (the caller computes the costs); CP-SAT solves it exactly or, at
 * its limit, returns the best it found. Each item's current candidate is given as a hint, so a
 * solution at least as good as the current one is found at once.
 */
public final class ChoiceModel {
    private final List<long[]> unaryCosts = new ArrayList<>();
    private final List<Integer> hints = new ArrayList<>();
    private final List<long[]> pairTerms = new ArrayList<>();
    private final List<int[]> forbidden = new ArrayList<>();

    /** Adds an item with its candidates' costs and the index of its current candidate; returns the item's index. */
    public int addItem(long[] costs, int current) {
        if (costs.length == 0 || current < 0 || current >= costs.length) {
            throw new IllegalArgumentException("an item needs candidates and a current one among them");
        }
        unaryCosts.add(costs.clone());
        hints.add(current);
        return unaryCosts.size() - 1;
    }

    /** A cost paid when item a takes candidate ca and item b takes candidate cb. */
    public void addPairCost(int a, int ca, int b, int cb, long cost) {
        if (cost != 0) {
            pairTerms.add(new long[] {a, ca, b, cb, cost});
        }
    }

    /** Item a may not take candidate ca while item b takes candidate cb. */
    public void forbid(int a, int ca, int b, int cb) {
        forbidden.add(new int[] {a, ca, b, cb});
    }

    public int items() {
        return unaryCosts.size();
    }

    /** How many candidates this item has. */
    public int candidates(int item) {
        return unaryCosts.get(item).length;
    }

    /** The model's cost of a choice (one candidate index per item); forbidden pairs make it null. */
    public Long cost(int[] choice) {
        long total = 0;
        for (int item = 0; item < unaryCosts.size(); item++) {
            total += unaryCosts.get(item)[choice[item]];
        }
        for (int[] f : forbidden) {
            if (choice[f[0]] == f[1] && choice[f[2]] == f[3]) {
                return null;
            }
        }
        for (long[] t : pairTerms) {
            if (choice[(int) t[0]] == t[1] && choice[(int) t[2]] == t[3]) {
                total += t[4];
            }
        }
        return total;
    }

    /** The current candidates, as given by {@link #addItem}. */
    public int[] currentChoice() {
        return hints.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Solves with one CP-SAT worker within a deterministic time budget (CP-SAT's own work units, so a
     * seed reproduces a run), and returns the best choice found with its cost and whether it is proven
     * optimal; null when CP-SAT found nothing (which the hint should prevent).
     */
    public Choice solve(double deterministicSeconds, int seed) {
        OrTools.load();
        CpModel model = new CpModel();
        List<BoolVar[]> vars = new ArrayList<>();
        LinearExprBuilder objective = LinearExpr.newBuilder();
        for (int item = 0; item < unaryCosts.size(); item++) {
            long[] costs = unaryCosts.get(item);
            BoolVar[] x = new BoolVar[costs.length];
            for (int c = 0; c < costs.length; c++) {
                x[c] = model.newBoolVar("x" + item + "_" + c);
                if (costs[c] != 0) {
                    objective.addTerm(x[c], costs[c]);
                }
                model.addHint(x[c], c == hints.get(item) ? 1 : 0);
            }
            model.addExactlyOne(x);
            vars.add(x);
        }
        for (int[] f : forbidden) {
            model.addBoolOr(new Literal[] {vars.get(f[0])[f[1]].not(), vars.get(f[2])[f[3]].not()});
        }
        for (long[] t : pairTerms) {
            BoolVar a = vars.get((int) t[0])[(int) t[1]];
            BoolVar b = vars.get((int) t[2])[(int) t[3]];
            BoolVar both = model.newBoolVar("");
            if (t[4] > 0) {
                // minimising: both is 1 exactly when a and b are
                model.addBoolOr(new Literal[] {a.not(), b.not(), both});
            } else {
                model.addImplication(both, a);
                model.addImplication(both, b);
            }
            objective.addTerm(both, t[4]);
        }
        model.minimize(objective);
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1).setRandomSeed(seed).setMaxDeterministicTime(deterministicSeconds);
        CpSolverStatus status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return null;
        }
        int[] choice = new int[vars.size()];
        for (int item = 0; item < vars.size(); item++) {
            BoolVar[] x = vars.get(item);
            for (int c = 0; c < x.length; c++) {
                if (solver.booleanValue(x[c])) {
                    choice[item] = c;
                }
            }
        }
        return new Choice(choice, Math.round(solver.objectiveValue()), status == CpSolverStatus.OPTIMAL,
                Math.round(solver.bestObjectiveBound()), solver.wallTime());
    }

    /**
     * @param candidates    the chosen candidate per item
     * @param cost          its cost in the model
     * @param optimal       proven optimal
     * @param bound         CP-SAT's lower bound on the cost
     * @param wallSeconds   the solve's wall time
     */
    public record Choice(int[] candidates, long cost, boolean optimal, long bound, double wallSeconds) {
    }
}
