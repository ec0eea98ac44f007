import java.nio.file.Path;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs the Neo4j 5 Community DBMS (the org.neo4j:neo4j library from Maven Central) with its Bolt
 * connector, configured by a neo4j.conf written by localNeo4j.ts. Maven Central does not serve the
 * server tarball, so this small launcher stands in for bin/neo4j.
 *
 * The parent process holds our stdin open for as long as it wants the database: when stdin closes
 * (the parent stopped it, exited, or was killed) the DBMS shuts down cleanly and the JVM exits, so a
 * crashed parent never leaves an orphan JVM holding the store lock.
 */
public class Launcher {
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: Launcher HOME_DIR CONFIG_FILE");
      System.exit(2);
    }
    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(Path.of(args[0]))
        .loadPropertiesFromFile(Path.of(args[1]))
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
    System.out.println("CLAIMGRAPH_NEO4J_READY");
    System.out.flush();
    while (System.in.read() != -1) {
      // Nothing is read from stdin; it only tells us the parent is still there.
    }
    System.exit(0); // runs the shutdown hook
  }
}
