package org.skema.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsolatedSectionsTest {
    private static final long ALL_WEEKS = 1;

    private static TimePattern at(int days, int start, int length) {
        return new TimePattern(ALL_WEEKS, days, start, length);
    }

    @Test
    void touchingSectionsAreNeighboursOnTheDaysTheyShareOnly() {
        // Monday+Tuesday 8-10, Monday 10-12: together on Monday, the first alone on Tuesday.
        int[] alone = IsolatedSections.isolatedDays(List.of(at(0b11, 8, 2), at(0b01, 10, 2)), 0);

        assertThat(alone).containsExactly(0b10, 0);
    }

    @Test
    void overlappingOrDistantSectionsAreNotNeighbours() {
        List<TimePattern> times = List.of(at(1, 8, 2), at(1, 9, 2), at(1, 13, 2));

        assertThat(IsolatedSections.count(times, 0)).isEqualTo(3);
        assertThat(IsolatedSections.count(times, 2)).isEqualTo(1); // 11 to 13 is within two slots
    }

    @Test
    void sectionsInDifferentWeeksAreNotNeighbours() {
        List<TimePattern> times = List.of(new TimePattern(0b01, 1, 8, 2), new TimePattern(0b10, 1, 10, 2));

        assertThat(IsolatedSections.count(times, 0)).isEqualTo(2);
    }

    @Test
    void agreesWithTheDayByDayDefinitionOnRandomTimes() {
        Random random = new Random(3);
        for (int round = 0; round < 2_000; round++) {
            List<TimePattern> times = new ArrayList<>();
            int n = 1 + random.nextInt(12);
            for (int i = 0; i < n; i++) {
                times.add(new TimePattern(1 + random.nextInt(3), 1 + random.nextInt(31), random.nextInt(12),
                        1 + random.nextInt(3)));
            }
            int tolerance = random.nextInt(3);

            assertThat(IsolatedSections.isolatedDays(times, tolerance))
                    .as("times %s, tolerance %d", times, tolerance)
                    .containsExactly(dayByDay(times, tolerance));
        }
    }

    /** The definition itself: per day, a meeting with no adjacent meeting of another section that day. */
    private static int[] dayByDay(List<TimePattern> times, int tolerance) {
        int[] alone = new int[times.size()];
        for (int day = 0; day < Calendar.MAX_DAYS; day++) {
            for (int i = 0; i < times.size(); i++) {
                if ((times.get(i).days() & (1 << day)) == 0) {
                    continue;
                }
                boolean neighbour = false;
                for (int j = 0; j < times.size(); j++) {
                    TimePattern other = times.get(j);
                    if (j != i && (other.days() & (1 << day)) != 0 && other.sharesWeeks(times.get(i))
                            && (gapWithin(other.start() - times.get(i).end(), tolerance)
                            || gapWithin(times.get(i).start() - other.end(), tolerance))) {
                        neighbour = true;
                    }
                }
                if (!neighbour) {
                    alone[i] |= 1 << day;
                }
            }
        }
        return alone;
    }

    private static boolean gapWithin(int gap, int tolerance) {
        return gap >= 0 && gap <= tolerance;
    }
}
