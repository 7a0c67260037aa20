package org.skema.explain;

import java.util.Collection;
import org.skema.evaluate.Violation;
import org.skema.model.ObjectiveWeights;

/**
 * Weighted penalty on the three score levels; compared hard first, then medium (open decisions),
 * then soft, as the solver compares scores. A change is a penalty too: negative parts are gains.
 */
public record Penalty(long hard, long medium, long soft) implements Comparable<Penalty> {
    public static final Penalty ZERO = new Penalty(0, 0, 0);

    /** What one violation weighs on its rule's level. */
    public static Penalty of(Violation violation, ObjectiveWeights weights) {
        long weighted = violation.units() * violation.rule().weight(weights);
        return switch (violation.rule().level()) {
            case HARD -> new Penalty(weighted, 0, 0);
            case MEDIUM -> new Penalty(0, weighted, 0);
            case SOFT -> new Penalty(0, 0, weighted);
        };
    }

    public static Penalty sum(Collection<Violation> violations, ObjectiveWeights weights) {
        Penalty total = ZERO;
        for (Violation violation : violations) {
            total = total.plus(of(violation, weights));
        }
        return total;
    }

    public Penalty plus(Penalty other) {
        return new Penalty(hard + other.hard, medium + other.medium, soft + other.soft);
    }

    public Penalty minus(Penalty other) {
        return new Penalty(hard - other.hard, medium - other.medium, soft - other.soft);
    }

    public boolean isZero() {
        return hard == 0 && medium == 0 && soft == 0;
    }

    @Override
    public int compareTo(Penalty other) {
        int byHard = Long.compare(hard, other.hard);
        if (byHard != 0) {
            return byHard;
        }
        int byMedium = Long.compare(medium, other.medium);
        return byMedium != 0 ? byMedium : Long.compare(soft, other.soft);
    }

    /** "hard 1, open 0, soft 1234", or with signs for a change: "hard +1, open -1, soft -20". */
    public String text(boolean signed) {
        return "hard " + number(hard, signed) + ", open " + number(medium, signed) + ", soft " + number(soft, signed);
    }

    private static String number(long value, boolean signed) {
        return signed && value > 0 ? "+" + value : "" + value;
    }
}
