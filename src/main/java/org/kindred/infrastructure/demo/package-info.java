/** Demo data for the README's run command, made through the application services. Loaded only in demo mode. */
package org.kindred.infrastructure.demo;
