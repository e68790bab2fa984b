/** The Cypher the analyst pool runs on the server about analysts' own queries. */

/** The server's transactions of one analyst run (tagged in their metadata). */
export const SHOW_ANALYST_TRANSACTIONS = `
SHOW TRANSACTIONS YIELD transactionId, metaData
WHERE metaData.analystRun = $runId
RETURN transactionId AS id`;

/** Asks the server to stop these transactions (it does so at its next check). */
export const TERMINATE_TRANSACTIONS = 'TERMINATE TRANSACTIONS $ids';
