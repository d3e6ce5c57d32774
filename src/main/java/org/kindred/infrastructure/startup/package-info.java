/** What runs once when Kindred is deployed: settings check, migrations, demo data, and the state readiness reports. */
package org.kindred.infrastructure.startup;
