import * as React from 'react';
import type { AhpWindow } from '../host/pane-host';

/**
 * The larger AHP window, where the pane can open one (inside Office); undefined elsewhere, and
 * then the AHP panel offers no button. A context, because the panel sits several components
 * below the page root that decides.
 */
export const AhpWindowContext = React.createContext<AhpWindow | undefined>(undefined);
