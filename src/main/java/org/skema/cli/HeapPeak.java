package org.skema.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The most heap in use at one moment of this JVM's run: the heap pools' total just before each
 * collection (when the heap is fullest), or now if that is more. Adding up each pool's own peak,
 * which is what the pool beans offer, adds peaks of different moments: on the generated university
 * with {@code -Xmx4g} that reported 5,179 MB.
 */
final class HeapPeak {
    private static final AtomicLong PEAK = new AtomicLong();
    private static boolean started;

    private HeapPeak() {
    }

    /** Starts listening to this JVM's collections; later calls do nothing. */
    static synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        Set<String> heapPools = new HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        Map<String, MemoryUsage> before = GarbageCollectionNotificationInfo
                                .from((CompositeData) notification.getUserData()).getGcInfo().getMemoryUsageBeforeGc();
                        long used = 0;
                        for (Map.Entry<String, MemoryUsage> pool : before.entrySet()) {
                            if (heapPools.contains(pool.getKey())) {
                                used += pool.getValue().getUsed();
                            }
                        }
                        PEAK.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
        }
    }

    /** The peak so far, in bytes (see the class comment); the heap in use now before any collection. */
    static long bytes() {
        return Math.max(PEAK.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
}
