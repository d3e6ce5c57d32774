/** Demo data for the README's run command. Loaded only when kindred.demo.enabled is true. */
package org.kindred.infrastructure.demo;
