import type { Scorecard } from '../model';
import { t1SupervisorAppraisal } from './t1-supervisor-appraisal';
import { t2VendorSelection } from './t2-vendor-selection';
import { t3SoftwareEvaluation } from './t3-software-evaluation';
import { t4ServiceQuality } from './t4-service-quality';
import { t5KpiTargets } from './t5-kpi-targets';
import { t6CapabilityAssessment } from './t6-capability-assessment';

export { t1SupervisorAppraisal, t2VendorSelection, t3SoftwareEvaluation, t4ServiceQuality, t5KpiTargets, t6CapabilityAssessment };

/** The built-in templates T1–T6 of docs/seeds.md, in that order. */
export const BUILT_IN_TEMPLATES: readonly Scorecard[] = [
  t1SupervisorAppraisal,
  t2VendorSelection,
  t3SoftwareEvaluation,
  t4ServiceQuality,
  t5KpiTargets,
  t6CapabilityAssessment,
];

export function templateById(id: string): Scorecard | undefined {
  return BUILT_IN_TEMPLATES.find((t) => t.id === id);
}
