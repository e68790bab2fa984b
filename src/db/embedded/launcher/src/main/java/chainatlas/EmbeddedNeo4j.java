package chainatlas;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs Neo4j Community with its Bolt connector on loopback until told to stop.
 *
 * Usage: EmbeddedNeo4j <home-dir> <bolt-port> [key=value neo4j settings ...]
 *
 * It stops cleanly on SIGTERM/SIGINT (shutdown hook) and also when its standard input
 * reaches end-of-file: the Node parent keeps a pipe open, so if the parent dies for any
 * reason the pipe closes and this JVM shuts down instead of lingering.
 *
 * Bolt asks for a password: the user neo4j's is the one in the environment variable
 * CHAIN_ATLAS_NEO4J_PASSWORD (the Node side keeps it in a file only its user can read),
 * so other users of a shared machine cannot use the database through the loopback port.
 * The password is set through the embedded API, which needs none, while Bolt is still
 * off: the first start of a data folder (or after the password changed) opens the
 * database once without Bolt to set it, then again with Bolt.
 */
public final class EmbeddedNeo4j {
    /** Printed on stdout once Bolt accepts connections; the Node side waits for it. */
    static final String READY = "CHAIN_ATLAS_NEO4J_READY";

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: EmbeddedNeo4j <home-dir> <bolt-port> [setting=value ...]");
            System.exit(64);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);

        String password = System.getenv("CHAIN_ATLAS_NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            System.err.println("CHAIN_ATLAS_NEO4J_PASSWORD must hold the password for Bolt (8+ characters)");
            System.exit(64);
        }

        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("server.bolt.enabled", "true");
        settings.put("server.bolt.listen_address", "127.0.0.1:" + port);
        settings.put("server.bolt.advertised_address", "127.0.0.1:" + port);
        // Loopback only, and a password: a shared server's other users cannot connect.
        settings.put("dbms.security.auth_enabled", "true");
        settings.put("server.http.enabled", "false");
        settings.put("server.https.enabled", "false");
        for (int i = 2; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq <= 0) {
                System.err.println("ignoring malformed setting: " + args[i]);
                continue;
            }
            settings.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }

        Path marker = home.resolve("conf").resolve("chain-atlas-password.sha256");
        String fingerprint = sha256(password);
        if (!Files.exists(marker) || !Files.readString(marker).trim().equals(fingerprint)) {
            Map<String, String> withoutBolt = new LinkedHashMap<>(settings);
            withoutBolt.put("server.bolt.enabled", "false");
            DatabaseManagementService setup = open(home, withoutBolt);
            try {
                setPassword(setup, password);
            } finally {
                setup.shutdown();
            }
            Files.writeString(marker, fingerprint + "\n");
        }

        DatabaseManagementService dbms = open(home, settings);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                dbms.shutdown();
            } finally {
                stopped.countDown();
            }
        }, "neo4j-shutdown"));

        System.out.println(READY + " bolt://127.0.0.1:" + port);
        System.out.flush();

        Thread watcher = new Thread(() -> {
            try (InputStream in = System.in) {
                byte[] buf = new byte[256];
                while (in.read(buf) >= 0) {
                    // the parent writes nothing; we only wait for end-of-file
                }
            } catch (IOException ignored) {
                // a broken pipe means the same as end-of-file
            }
            System.err.println("parent process went away; shutting down Neo4j");
            System.exit(0);
        }, "parent-watcher");
        watcher.setDaemon(true);
        watcher.start();

        stopped.await();
    }

    /** Opens the DBMS with these settings. The builder takes typed settings or a properties file; a file keeps the raw "name=value" settings that the Node side passes through unchanged. */
    private static DatabaseManagementService open(Path home, Map<String, String> settings) throws IOException {
        Path conf = home.resolve("conf").resolve("chain-atlas.conf");
        Files.createDirectories(conf.getParent());
        StringBuilder text = new StringBuilder("# written at every start by chain-atlas; edits are overwritten\n");
        settings.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Files.writeString(conf, text.toString());
        return new DatabaseManagementServiceBuilder(home)
                .loadPropertiesFromFile(conf)
                .setUserLogProvider(new Log4jLogProvider(System.err))
                .build();
    }

    /** Sets the user neo4j's password through the embedded API (no password needed there). */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // Already this password: nothing to change.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
        }
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
