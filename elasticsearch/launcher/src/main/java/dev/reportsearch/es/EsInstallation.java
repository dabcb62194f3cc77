package dev.reportsearch.es;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An unpacked Elasticsearch distribution with our smartcn plugin installed.
 *
 * <p>Each (distribution, plugin) pair gets its own directory named by the plugin's hash, so a rebuilt
 * plugin is installed into a fresh copy while nodes running on the old one are left alone. It is built
 * in a temporary directory and moved into place in one step: concurrent test JVMs either find it
 * complete or build their own and keep whichever landed first. Installations no node uses any more
 * are removed on the way ({@link UnusedInstallations}).
 */
public record EsInstallation(Path home) {
    private static final Logger LOG = LoggerFactory.getLogger(EsInstallation.class);
    /** Marks a finished installation; its modification time says when it was last used. */
    static final String COMPLETE = ".complete";

    public static EsInstallation ensure(EsHome esHome, Path distZip, Path pluginZip) {
        requireFile(distZip, "Elasticsearch distribution", "Build it with: mvn -pl elasticsearch/launcher package");
        requireFile(pluginZip, "smartcn plugin", "Build it with: mvn -pl elasticsearch/smartcn-plugin package");
        esHome.ensure();
        String name = stripZip(distZip.getFileName().toString()) + "-" + sha256(pluginZip).substring(0, 12);
        Path target = esHome.distributions().resolve(name);
        EsInstallation installation = Files.isRegularFile(target.resolve(COMPLETE)) ? new EsInstallation(target)
                : install(esHome, distZip, pluginZip, name, target);
        installation.markUsed();
        UnusedInstallations.remove(esHome, target, UnusedInstallations.GRACE, Instant.now());
        return installation;
    }

    private static EsInstallation install(EsHome esHome, Path distZip, Path pluginZip, String name, Path target) {
        RunAs.ensureSystemUser();
        Path tmp = esHome.distributions().resolve(".tmp-" + name + "-" + ProcessHandle.current().pid());
        try {
            LOG.info("Installing Elasticsearch into {} (first use, takes a few seconds)", target);
            deleteTree(tmp);
            Files.createDirectories(tmp);
            Path unpacked = unzip(distZip, tmp);
            installPlugin(unpacked, pluginZip);
            Files.writeString(unpacked.resolve(COMPLETE), name + "\n");
            RunAs.chown(esHome.dir());
            try {
                Files.move(unpacked, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
                LOG.info("Another process installed {} first; using it", target);
            }
            return new EsInstallation(target);
        } catch (IOException e) {
            throw new EsStartException("Could not install Elasticsearch into " + target + ": " + e.getMessage()
                    + ". Check free disk space and permissions of " + esHome.dir(), e);
        } finally {
            deleteTree(tmp);
        }
    }

    private void markUsed() {
        try {
            Files.setLastModifiedTime(home.resolve(COMPLETE), FileTime.from(Instant.now()));
        } catch (IOException e) {
            // Best effort: an installation that looks older may be removed once no node runs on it.
        }
    }

    public Path bin(String tool) {
        return home.resolve("bin").resolve(tool);
    }

    public Path config() {
        return home.resolve("config");
    }

    private static Path unzip(Path zip, Path into) throws IOException {
        Path top = extract(zip, into);
        // java.util.zip drops Unix modes; only the launch scripts need the executable bit.
        try (Stream<Path> scripts = Files.list(top.resolve("bin"))) {
            scripts.forEach(p -> p.toFile().setExecutable(true, false));
        }
        return top;
    }

    /** Unpacks the zip into the directory and returns its first top-level entry. */
    static Path extract(Path zip, Path into) throws IOException {
        Path top = null;
        try (InputStream in = Files.newInputStream(zip); ZipInputStream zin = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                Path out = into.resolve(e.getName()).normalize();
                if (!out.startsWith(into)) {
                    throw new IOException("zip entry outside the target: " + e.getName());
                }
                if (top == null) {
                    top = into.resolve(into.relativize(out).getName(0));
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(zin, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        if (top == null) {
            throw new IOException("empty zip " + zip);
        }
        return top;
    }

    private static void installPlugin(Path esHome, Path pluginZip) throws IOException {
        new EsInstallation(esHome).runTool("elasticsearch-plugin", List.of("install", "--batch",
                pluginZip.toAbsolutePath().toUri().toString()), null, esHome.resolve("plugin-install.log"));
    }

    /**
     * Runs one of the distribution's command-line tools (plugin, certutil, users) and waits for it.
     *
     * @param pathConf the config directory it works on (ES_PATH_CONF), or null for the distribution's own
     * @param log      where its output goes; quoted in the exception when it fails
     */
    void runTool(String tool, List<String> args, Path pathConf, Path log) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(bin(tool).toString()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("ES_JAVA_HOME", javaHome());
        pb.environment().remove("ES_PATH_CONF");
        if (pathConf != null) {
            pb.environment().put("ES_PATH_CONF", pathConf.toString());
        }
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.redirectOutput(log.toFile());
        try {
            Process p = pb.start();
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(tool + " timed out");
            }
            if (p.exitValue() != 0) {
                throw new IOException(tool + " failed (exit " + p.exitValue() + "): " + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + tool, e);
        }
    }

    static String javaHome() {
        String explicit = System.getenv("ES_JAVA_HOME");
        return explicit != null && !explicit.isBlank() ? explicit : System.getProperty("java.home");
    }

    private static void requireFile(Path file, String what, String hint) {
        if (file == null || !Files.isRegularFile(file)) {
            throw new EsStartException("The " + what + " is missing" + (file == null ? "" : " at " + file) + ". " + hint);
        }
    }

    private static String stripZip(String fileName) {
        return fileName.endsWith(".zip") ? fileName.substring(0, fileName.length() - 4) : fileName;
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new EsStartException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a leftover temp directory is harmless
        }
    }
}
