import { div0Error, numError } from '../errors';
import { messages } from '../messages';

/**
 * Customer retention rate over a period (Kumar & Reinartz, Customer Relationship
 * Management): customers kept from the start, (end − new) / start.
 */
export function retention(start: number, end: number, added = 0): number {
  if (start === 0) throw div0Error(messages.divideByZero('start'));
  if (start < 0) throw numError(messages.mustBePositive('start', start));
  if (end < 0) throw numError(messages.mustBeAtLeast('end', 0, end));
  if (added < 0) throw numError(messages.mustBeAtLeast('new_customers', 0, added));
  if (added > end) throw numError(messages.exceeds('new_customers', 'end'));
  if (end - added > start) throw numError({ en: 'end − new (customers kept) cannot exceed start.', zh: 'end − new（保留客户数）不能大于 start。' });
  return (end - added) / start;
}
