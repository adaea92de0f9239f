package io.yizhan.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates the platform's topics that do not exist yet, each with the given number of partitions
 * (./platform, after the broker is up: consumers that subscribe before the first event find them).
 *
 * <pre>CreateTopics BOOTSTRAP PARTITIONS TOPIC...</pre>
 */
public final class CreateTopics {

    private CreateTopics() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: CreateTopics BOOTSTRAP PARTITIONS TOPIC...");
        }
        int partitions = Integer.parseInt(args[1]);
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", args[0]))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (int i = 2; i < args.length; i++) {
                if (!existing.contains(args[i])) {
                    missing.add(new NewTopic(args[i], partitions, (short) 1));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
            System.out.println("topics created: " + missing.size() + " of " + (args.length - 2));
        }
    }
}
