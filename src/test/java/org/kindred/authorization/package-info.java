/**
 * The authorization matrix: every page and API endpoint of the deployed application, for every role,
 * about objects the caller owns and does not own, against one declarative table ({@code matrix.txt}).
 */
package org.kindred.authorization;
