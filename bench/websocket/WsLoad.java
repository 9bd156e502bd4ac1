import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WebSocket fan-out load client (run with {@code java WsLoad.java …}, no dependencies): opens N authenticated
 * connections to /api/v1/ws, measures the server's memory before and after, then changes a person's role once per
 * second through the API so that every connection (all admins) receives {@code user:role_updated}, and reports the
 * delivery latency (receipt time minus the envelope's timestamp) and how many deliveries arrived.
 *
 * <p>Arguments: baseUrl tokensFile connections events ownerToken targetUserId serverPid label
 */
public class WsLoad {

    private static final Pattern TIMESTAMP = Pattern.compile("\"timestamp\":\"([^\"]+)\"");
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> tokens = Files.readAllLines(Path.of(args[1])).stream().filter(s -> !s.isBlank()).toList();
        int connections = Integer.parseInt(args[2]);
        int events = Integer.parseInt(args[3]);
        String ownerToken = args[4];
        String target = args[5];
        long serverPid = Long.parseLong(args[6]);
        String label = args[7];

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        long[] latencies = new long[connections * events];
        AtomicInteger received = new AtomicInteger();

        long[] before = memory(serverPid);
        List<WebSocket> sockets = new ArrayList<>(connections);
        CountDownLatch ready = new CountDownLatch(connections);
        Semaphore handshakes = new Semaphore(100);
        long connectStart = System.nanoTime();
        for (int i = 0; i < connections; i++) {
            handshakes.acquire();
            String token = tokens.get(i % tokens.size());
            Listener listener = new Listener(ready, latencies, received);
            http.newWebSocketBuilder()
                    .connectTimeout(Duration.ofSeconds(30))
                    .buildAsync(URI.create(base.replace("http", "ws") + "/api/v1/ws"), listener)
                    .whenComplete((ws, error) -> {
                        handshakes.release();
                        if (error != null) {
                            System.err.println("connect failed: " + error);
                            return;
                        }
                        synchronized (sockets) {
                            sockets.add(ws);
                        }
                        ws.sendText("{\"type\":\"auth\",\"token\":\"" + token + "\"}", true);
                    });
        }
        if (!ready.await(300, TimeUnit.SECONDS)) {
            throw new IllegalStateException("only " + (connections - ready.getCount()) + " connections became ready");
        }
        double connectSeconds = (System.nanoTime() - connectStart) / 1e9;
        long[] after = memory(serverPid);

        long next = System.nanoTime();
        for (int i = 0; i < events; i++) {
            String role = i % 2 == 0 ? "TRAINER" : "LEARNER";
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/users/" + target + "/roles"))
                            .header("Authorization", "Bearer " + ownerToken)
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString("{\"roles\":[\"" + role + "\"]}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("role change answered " + response.statusCode() + " " + response.body());
            }
            next += TimeUnit.SECONDS.toNanos(1);
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait); // pacing the load: one event per second
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (received.get() < connections * events && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        int count = Math.min(received.get(), latencies.length);
        long[] sorted = Arrays.copyOf(latencies, count);
        Arrays.sort(sorted);
        System.out.printf(
                "RESULT label=%s connections=%d events=%d delivered=%d/%d connect_s=%.1f "
                        + "latency_ms p50=%.2f p90=%.2f p99=%.2f max=%.2f "
                        + "server_heap_mb before=%.1f after=%.1f server_rss_mb before=%.1f after=%.1f "
                        + "heap_kb_per_connection=%.1f rss_kb_per_connection=%.1f%n",
                label, connections, events, count, connections * events, connectSeconds,
                percentile(sorted, 0.50), percentile(sorted, 0.90), percentile(sorted, 0.99),
                count == 0 ? 0 : sorted[count - 1] / 1000.0,
                before[0] / 1024.0, after[0] / 1024.0, before[1] / 1024.0, after[1] / 1024.0,
                (after[0] - before[0]) / (double) connections, (after[1] - before[1]) / (double) connections);
        synchronized (sockets) {
            CompletableFuture.allOf(sockets.stream()
                            .map(ws -> ws.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(e -> null))
                            .toArray(CompletableFuture[]::new))
                    .get(30, TimeUnit.SECONDS);
        }
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1000.0;
    }

    /** The server's live heap after a full GC and its resident set, both in KiB. */
    private static long[] memory(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        Matcher heap = HEAP_USED.matcher(jcmd(pid, "GC.heap_info"));
        long heapKb = heap.find() ? Long.parseLong(heap.group(1)) : -1;
        long rssKb = Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(l -> l.startsWith("VmRSS:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
                .findFirst()
                .orElse(-1);
        return new long[] {heapKb, rssKb};
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid), command)
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return out;
    }

    private static final class Listener implements WebSocket.Listener {
        private final CountDownLatch ready;
        private final long[] latencies;
        private final AtomicInteger received;
        private final StringBuilder partial = new StringBuilder();
        private boolean authenticated;

        Listener(CountDownLatch ready, long[] latencies, AtomicInteger received) {
            this.ready = ready;
            this.latencies = latencies;
            this.received = received;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            Instant now = Instant.now();
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                if (message.contains("\"user:role_updated\"")) {
                    Matcher m = TIMESTAMP.matcher(message);
                    if (m.find()) {
                        int slot = received.getAndIncrement();
                        if (slot < latencies.length) {
                            latencies[slot] = ChronoUnit.MICROS.between(Instant.parse(m.group(1)), now);
                        }
                    }
                } else if (!authenticated && message.contains("\"session:ready\"")) {
                    authenticated = true;
                    ready.countDown();
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (statusCode != WebSocket.NORMAL_CLOSURE) {
                System.err.println("closed by the server: " + statusCode + " " + reason);
            }
            return null;
        }
    }
}
