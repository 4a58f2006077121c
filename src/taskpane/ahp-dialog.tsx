import { FluentProvider } from '@fluentui/react-components';
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { pickLanguage } from './i18n';
import { closeDialog, officePlace, sharedValue } from './host/office-js-helpers';
import { AhpWindowPage } from './pages/AhpWindowPage';
import { AHP_DRAFT_KEY, AhpDraft } from './state/ahp-draft';
import { themeFor } from './theme';

interface OfficeGlobal {
  onReady(): Promise<unknown>;
  context?: { officeTheme?: { bodyBackgroundColor?: string } };
}

/**
 * The root of the larger AHP window's page (ahp-dialog.html). Like the pane's root it awaits
 * Office.onReady once before rendering; the package then says whether this is an Office dialog.
 */
async function start() {
  const office = (globalThis as { Office?: OfficeGlobal }).Office;
  if (office) await office.onReady();
  const [place, shared] = await Promise.all([officePlace(), sharedValue<AhpDraft>(AHP_DRAFT_KEY)]);
  createRoot(document.getElementById('root')!).render(
    <FluentProvider theme={themeFor(office?.context?.officeTheme?.bodyBackgroundColor)}>
      <AhpWindowPage
        shared={shared}
        close={(message) => void closeDialog(message)}
        inOffice={place.inOffice}
        fallbackLang={pickLanguage(navigator.language, null)}
      />
    </FluentProvider>,
  );
  (window as { crmPaneReady?: boolean }).crmPaneReady = true;
}

void start();
