package org.sitrep.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** A small HikariCP pool over the PostgreSQL URL: a server's reader threads each borrow a connection. */
final class PostgresConnections implements Connections {
    private static final int POOL_SIZE = 8;
    private final HikariDataSource pool;

    PostgresConnections(String url, String user) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setPoolName("sitrep-store");
        this.pool = new HikariDataSource(config);
    }

    @Override
    public Connection open() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public BulkTables bulkTables() {
        return new PostgresBulkTables();
    }

    @Override
    public void close() {
        pool.close();
    }
}
