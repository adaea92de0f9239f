package io.yizhan.locker.device;

import io.yizhan.common.testing.ChildServers;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The project's own Mosquitto for a test run, on a free port (never the machine's broker on 1883), with
 * a password file and the same ACL as the local stack: each device reads its own commands and writes
 * only its own acks, stock and status; locker-service reads those and writes commands. New devices are
 * added at run time (the broker rereads its password file on SIGHUP). Needs the Debian package
 * {@code mosquitto}; {@code ./platform test} installs it when missing.
 */
public final class MosquittoBroker {

    public static final String SERVICE_USER = "locker-service";
    public static final String SERVICE_PASSWORD = "test-" + Long.toHexString(System.nanoTime());

    private final Path dir;
    private final int port;
    private Process process;

    public MosquittoBroker() {
        try {
            dir = Files.createTempDirectory("yizhan-mosquitto-");
            port = freePort();
            Files.writeString(dir.resolve("passwd"), "");
            Files.writeString(dir.resolve("acl"), acl());
            Files.writeString(dir.resolve("mosquitto.conf"), String.join("\n",
                    "listener " + port + " 127.0.0.1",
                    // started as root, mosquitto would switch to user "mosquitto" and lose its files in our temp folder
                    "user " + System.getProperty("user.name"),
                    "allow_anonymous false",
                    "password_file " + dir.resolve("passwd"),
                    "acl_file " + dir.resolve("acl"),
                    "persistence true",
                    "persistence_location " + dir + "/",
                    "log_dest file " + dir.resolve("mosquitto.log"),
                    "log_type all",
                    ""));
            addUser(SERVICE_USER, SERVICE_PASSWORD);
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare a Mosquitto broker", e);
        }
    }

    /** The ACL file the k8s broker and the local stack use too: the one copy, in the repository's k8s/ folder. */
    static final Path ACL = Path.of("..", "k8s", "base", "mosquitto", "acl");

    public static String acl() {
        try {
            return Files.readString(ACL);
        } catch (IOException e) {
            throw new IllegalStateException("the device channel's ACL is not at " + ACL.toAbsolutePath(), e);
        }
    }

    public int port() {
        return port;
    }

    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            process = new ProcessBuilder(binary(), "-c", dir.resolve("mosquitto.conf").toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start mosquitto (Debian: apt-get install -y mosquitto; ./platform test does it)", e);
        }
        ChildServers.awaitPort(process, port, Duration.ofSeconds(20), "mosquitto", dir.resolve("mosquitto.log"));
    }

    /** Stops the broker (SIGTERM: it saves its persistent sessions, as a broker restart would). */
    public synchronized void stop() {
        if (process != null) {
            ChildServers.stop(process);
            process = null;
        }
    }

    /** A device (or service) identity: its own user name and password; the broker takes it without a restart. */
    public synchronized void addUser(String user, String password) {
        run(List.of(passwdBinary(), "-b", dir.resolve("passwd").toString(), user, password));
        if (process != null && process.isAlive()) {
            run(List.of("kill", "-HUP", Long.toString(process.pid())));
        }
    }

    private static void run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(command.get(0) + " failed: " + out);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String binary() {
        return Files.isExecutable(Path.of("/usr/sbin/mosquitto")) ? "/usr/sbin/mosquitto" : "mosquitto";
    }

    private static String passwdBinary() {
        return Files.isExecutable(Path.of("/usr/bin/mosquitto_passwd")) ? "/usr/bin/mosquitto_passwd" : "mosquitto_passwd";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
