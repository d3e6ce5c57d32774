/** Typed access to the runtime settings, read through MicroProfile Config (docs/operations.md). */
package org.kindred.infrastructure.config;
