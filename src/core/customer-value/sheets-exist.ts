import { CrmError } from '../errors';

/** Writing would replace sheets of the workbook: the page asks, then writes again with `replace`. */
export class SheetsExistError extends CrmError {
  constructor(readonly sheets: string[]) {
    super('VALUE', {
      en: `The workbook already has ${sheets.map((s) => `"${s}"`).join(' and ')}.`,
      zh: `工作簿中已有${sheets.map((s) => `“${s}”`).join('和')}。`,
    });
    this.name = 'SheetsExistError';
  }
}
