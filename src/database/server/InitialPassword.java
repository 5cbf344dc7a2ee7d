// The embedded server's password. Before start it is written as Neo4j's initial-user file (`auth.ini`, what
// `neo4j-admin dbms set-initial-password` writes), which Neo4j applies to a new system database and to an existing
// one whose neo4j user still has the default password (data folders made while authentication was off), so the
// neo4j user never has a known password while Bolt listens. After start, `ensure` covers what that file cannot
// (a password file replaced while the data was kept): it sets the password through the embedded API when it differs.
package navab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.neo4j.configuration.Config;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;
import org.neo4j.server.security.auth.LegacyCredential;

final class InitialPassword {
  private static final String USER = "neo4j";

  private InitialPassword() {}

  /** Writes `auth.ini` (user neo4j, this password, no change required) and returns its path. */
  static Path write(Config config, String password) throws IOException {
    if (password.length() < 16) throw new IllegalArgumentException("the password file holds fewer than 16 characters");
    Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
    Files.createDirectories(file.getParent());
    Files.deleteIfExists(file);
    FileUserRepository users = new FileUserRepository(
        new DefaultFileSystemAbstraction(), file, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
    try {
      users.start();
      users.create(new User(USER, null, LegacyCredential.forPassword(password), false, false));
      users.shutdown();
    } catch (Exception error) {
      throw new IOException("cannot write the initial password file " + file + ": " + error.getMessage(), error);
    }
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    return file;
  }

  /** Makes the running DBMS's neo4j user have `password` with no change required. */
  static void ensure(DatabaseManagementService service, String password) {
    GraphDatabaseService system = service.database("system");
    boolean exists;
    boolean matches = false;
    boolean changeRequired = false;
    try (Transaction transaction = system.beginTx()) {
      Node user = transaction.findNode(Label.label("User"), "name", USER);
      exists = user != null;
      if (exists) {
        String credentials = String.valueOf(user.getProperty("credentials"));
        matches = SystemGraphCredential.deserialize(credentials, new SecureHasher())
            .matchesPassword(password.getBytes(StandardCharsets.UTF_8));
        changeRequired = Boolean.TRUE.equals(user.getProperty("passwordChangeRequired", false));
      }
    } catch (Exception error) {
      throw new IllegalStateException("cannot read the neo4j user from the system database: " + error.getMessage(),
          error);
    }
    Map<String, Object> parameters = Map.of("password", password);
    if (!exists) {
      system.executeTransactionally("CREATE USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", parameters);
    } else if (!matches) {
      system.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", parameters);
    } else if (changeRequired) {
      system.executeTransactionally("ALTER USER neo4j SET PASSWORD CHANGE NOT REQUIRED");
    }
  }
}
