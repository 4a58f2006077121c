/*
 * The custom-functions entry. Loading it registers every CRM.* function: the build appends a
 * CustomFunctions.associate call for each JSDoc'd function to its family file. It loads alone
 * (functions.html) or inside the shared runtime with the pane (taskpane.html).
 */
import './runtime-shim';
import './families/bgbb-holdout';
import './families/metrics';
import './families/models';
import './families/scorecard';
import './families/kpi';
import './families/pnbd-mbgnbd';
