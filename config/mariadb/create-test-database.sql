-- The database and user the integration tests use (see src/pom.xml, it.db.*). Idempotent.
-- root@localhost authenticates by socket on Debian's MariaDB, so run this as the local root:
--   mariadb -u root < config/mariadb/create-test-database.sql
CREATE DATABASE IF NOT EXISTS kindred_test CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'kindred_test'@'127.0.0.1' IDENTIFIED BY 'kindred_test';
CREATE USER IF NOT EXISTS 'kindred_test'@'localhost' IDENTIFIED BY 'kindred_test';
GRANT ALL PRIVILEGES ON kindred_test.* TO 'kindred_test'@'127.0.0.1';
GRANT ALL PRIVILEGES ON kindred_test.* TO 'kindred_test'@'localhost';
FLUSH PRIVILEGES;
