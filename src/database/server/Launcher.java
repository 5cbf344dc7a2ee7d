// Starts Neo4j 5.26 Community embedded with the Bolt connector on loopback and APOC Core loaded from a plugin folder.
// Usage: java -cp classes:lib/*:plugins/* navab.Launcher <home> <boltPort> <pluginDir> <pageCache>
package navab;

import java.nio.file.Path;
import java.util.List;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    if (args.length < 4) {
      System.err.println("usage: Launcher <home> <boltPort> <pluginDir> <pageCacheMegabytes>");
      System.exit(2);
    }
    Path home = Path.of(args[0]);
    int port = Integer.parseInt(args[1]);
    Path plugins = Path.of(args[2]);
    long pageCacheMegabytes = Long.parseLong(args[3]);
    DatabaseManagementService service;
    try {
      service = new DatabaseManagementServiceBuilder(home)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
          .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
          .setConfig(HttpConnector.enabled, false)
          .setConfig(GraphDatabaseSettings.plugin_dir, plugins)
          .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
          .setConfig(GraphDatabaseSettings.auth_enabled, false)
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMegabytes))
          .build();
    } catch (RuntimeException error) {
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
