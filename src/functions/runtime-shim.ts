/*
 * Outside Excel (a plain browser, a test) there is no custom-functions runtime; the build
 * appends CustomFunctions.associate calls to every family file, so give them a harmless
 * target rather than letting the script fail to load.
 */
const g = globalThis as { CustomFunctions?: Partial<typeof CustomFunctions> };
if (typeof g.CustomFunctions === 'undefined') g.CustomFunctions = { associate: () => undefined } as Partial<typeof CustomFunctions>;
export {};
