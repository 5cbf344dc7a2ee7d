// Starts Neo4j 5.26 Community embedded, hardened for a machine where any web page can reach 127.0.0.1: Bolt on
// loopback only (it also accepts WebSocket upgrades from any Origin, so authentication is the defence), password
// authentication with navab's generated password (no lockout to abuse), no HTTP(S) connector, LOAD CSV without
// file URLs and without loopback/private-network URLs, and only the allowlisted APOC procedures and functions
// loaded (none unrestricted).
// Usage: java -cp classes:lib/*:plugins/* navab.Launcher <home> <boltPort> <pluginDir> <pageCacheMegabytes>
//          <passwordFile> <importDir> <procedureAllowlist (comma-separated)>
package navab;

import inet.ipaddr.IPAddressString;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public final class Launcher {
  /** Networks LOAD CSV may not fetch from (loopback, private, link-local), so Cypher cannot probe local services. */
  private static final List<String> BLOCKED_NETWORKS = List.of(
      "0.0.0.0/8", "127.0.0.0/8", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "100.64.0.0/10",
      "::/128", "::1/128", "fc00::/7", "fe80::/10");

  private Launcher() {}

  public static void main(String[] args) {
    if (args.length < 7) {
      System.err.println("usage: Launcher <home> <boltPort> <pluginDir> <pageCacheMegabytes> <passwordFile> "
          + "<importDir> <procedureAllowlist>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    Path plugins = Path.of(args[2]);
    long pageCacheMegabytes = Long.parseLong(args[3]);
    Path importDirectory = Path.of(args[5]).toAbsolutePath();
    List<String> allowlist = Arrays.stream(args[6].split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    DatabaseManagementService service;
    try {
      String password = Files.readString(Path.of(args[4]), StandardCharsets.UTF_8).trim();
      Path initialUsers = InitialPassword.write(Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build(),
          password);
      service = new DatabaseManagementServiceBuilder(home)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
          .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
          .setConfig(HttpConnector.enabled, false)
          .setConfig(HttpsConnector.enabled, false)
          .setConfig(GraphDatabaseSettings.auth_enabled, true)
          // No lockout after failed logins: with a 256-bit random password it stops no guessing, and any web page
          // could otherwise lock navab out by sending three wrong passwords every few seconds.
          .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
          .setConfig(GraphDatabaseSettings.allow_file_urls, false)
          .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDirectory)
          .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
              BLOCKED_NETWORKS.stream().map(IPAddressString::new).toList())
          .setConfig(GraphDatabaseSettings.plugin_dir, plugins)
          .setConfig(GraphDatabaseSettings.procedure_allowlist, allowlist)
          .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of())
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMegabytes))
          .build();
      Files.deleteIfExists(initialUsers);
      InitialPassword.ensure(service, password);
    } catch (RuntimeException | IOException error) {
      System.err.println("navab-neo4j failed to start: " + rootMessage(error));
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(service::shutdown));
    System.out.println("navab-neo4j ready bolt://127.0.0.1:" + port);
    System.out.flush();
    try {
      Thread.currentThread().join();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static String rootMessage(Throwable error) {
    Throwable cause = error;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }
}
