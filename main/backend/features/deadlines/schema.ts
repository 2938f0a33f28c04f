/**
 * The columns migration 006 adds to the case register's tables, merged into Kysely's
 * view of them (declaration merging), so the shared schema file stays the case register's.
 * The feature's own tables are queried with prepared statements (see queries in this folder).
 */
declare module '../../db/schema' {
  interface CasesTable {
    /** The new expected decision date from the latest written notice to the citizen. */
    expected_decision_date: string | null;
    /** When a receipt for the written enquiry is due; NULL for cases from before receipts were tracked. */
    receipt_due: string | null;
    receipt_date: string | null;
  }
  interface ServicesTable {
    follow_up_date: string | null;
  }
}
export {};
