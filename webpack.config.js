/*
 * Four entries (taskpane, functions, commands, and the AHP dialog's page) and the custom-functions metadata in two
 * languages. The build fails when functions.json is missing, lacks a catalogued id or has a
 * function without zh-CN text: custom-functions-metadata itself only prints such errors.
 */
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { loadCatalogue, localize } = require('./scripts/localize-metadata');

const PORT = 3000;
const DEV_URL = `https://localhost:${PORT}/`;
// Where the add-in is hosted in production; manifest URLs are rewritten to it.
const PROD_URL = process.env.ADDIN_URL || DEV_URL;
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const FAMILY_DIR = path.join(__dirname, 'src', 'functions', 'families');
const families = fs
  .readdirSync(FAMILY_DIR)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => path.join(FAMILY_DIR, f));

class LocalizedMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('LocalizedMetadataPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'LocalizedMetadataPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const fail = (msg) => compilation.errors.push(new compiler.webpack.WebpackError(`functions metadata: ${msg}`));
        const asset = compilation.getAsset('functions.json');
        if (!asset) return fail('functions.json was not generated (see the custom-functions-metadata errors above).');
        // Without this flag Excel does not call a function whose input holds an error, so one
        // #N/A would replace a whole spill (custom-functions-errors.md, "Errors as custom
        // function inputs"; custom-functions-json.md). The generator does not emit it.
        const metadata = { allowErrorForDataTypeAny: true, ...JSON.parse(asset.source.source().toString()) };
        compilation.updateAsset('functions.json', new compiler.webpack.sources.RawSource(JSON.stringify(metadata, null, 2)));
        const { metadata: zh, errors } = localize(metadata, loadCatalogue());
        errors.forEach(fail);
        compilation.emitAsset('functions.zh-CN.json', new compiler.webpack.sources.RawSource(JSON.stringify(zh, null, 2)));
      });
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode !== 'production';
  // Offline development serves office.js from the npm package; production uses the CDN.
  const localOfficeJs = dev || process.env.OFFICE_JS === 'local';
  const officeJs = localOfficeJs ? 'office-js/office.js' : OFFICE_JS_CDN;
  const page = (name, chunks, title, template = name) =>
    new HtmlWebpackPlugin({ filename: `${name}.html`, template: `./src/pages/${template}.html`, chunks, title, templateParameters: { officeJs } });

  const config = {
    devtool: dev ? 'source-map' : false,
    entry: {
      functions: './src/functions/index.ts',
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      // The larger AHP window (an Office dialog): a page of the same origin as the pane.
      'ahp-dialog': './src/taskpane/ahp-dialog.tsx',
      // The larger ratings grid, another dialog page of the same origin.
      'ratings-dialog': './src/taskpane/ratings-dialog.tsx',
    },
    // dist/cli/ belongs to the CLI build below, which runs beside this one and cleans it itself.
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: { keep: /^cli(\/|$)/ } },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: dev } } },
        },
        { test: /\.(png|svg)$/, type: 'asset/resource', generator: { filename: 'assets/[name][ext]' } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: families }),
      new LocalizedMetadataPlugin(),
      page('taskpane', ['functions', 'commands', 'taskpane'], 'CRM Analytics'),
      page('ahp-dialog', ['ahp-dialog'], 'CRM Analytics – AHP', 'taskpane'),
      page('ratings-dialog', ['ratings-dialog'], 'CRM Analytics – ratings', 'taskpane'),
      // Pages that only load a script: the functions alone (tests, a JS-only runtime) and the commands.
      page('functions', ['functions'], 'CRM functions', 'script-only'),
      page('commands', ['commands'], 'CRM commands', 'script-only'),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev ? content : content.toString().split(DEV_URL).join(PROD_URL)),
          },
          ...(localOfficeJs
            ? [{ from: 'node_modules/@microsoft/office-js/dist', to: 'office-js', globOptions: { ignore: ['**/*.debug.js', '**/*.d.ts'] } }]
            : []),
        ],
      }),
    ],
    devServer: {
      port: PORT,
      host: 'localhost',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: path.resolve(__dirname, 'dist') },
      // Only a served build needs certificates; `npm run build` and CI never touch them.
      server: { type: 'https', options: process.env.WEBPACK_SERVE ? await httpsOptions() : {} },
      client: { overlay: false },
    },
  };
  // The dev server serves the add-in only; the command is built by `npm run build`.
  return process.env.WEBPACK_SERVE ? config : [config, cliConfig()];
};

/**
 * The crm-scorecards and crm-customers commands as plain JavaScript for Node, their
 * dependencies (zod, ExcelJS) bundled in: they start without ts-node and without a module search
 * through node_modules. DuckDB stays outside: its native binary (in
 * @duckdb/node-bindings-linux-x64 and its siblings) cannot be bundled, so the dependency is
 * required from node_modules at run time.
 */
function cliConfig() {
  return {
    name: 'cli',
    target: 'node20',
    devtool: false,
    entry: { 'crm-scorecards': './src/cli/crm-scorecards.ts', 'crm-customers': './src/cli/crm-customers.ts' },
    externals: { '@duckdb/node-api': 'commonjs @duckdb/node-api' },
    // The imports that only some commands need (zod and the templates, ExcelJS) become chunks
    // of their own beside the entry: `--help` then parses a few kilobytes, not the whole of ExcelJS.
    output: {
      path: path.resolve(__dirname, 'dist', 'cli'),
      filename: '[name].js',
      chunkFilename: 'chunk-[id].js',
      library: { type: 'commonjs2' },
      clean: true,
    },
    resolve: { extensions: ['.ts', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: false } } },
        },
      ],
    },
    // Nothing is downloaded, so minifying saves no transfer; it took about three quarters of this
    // build's CPU time to spare `export` a few tens of milliseconds of parsing.
    optimization: { minimize: false },
    performance: { hints: false },
  };
}

/**
 * The Office dev certificate. Installing its CA needs sudo, which a container or CI may lack;
 * the certificate it generated is still the one to serve (trust it in the browser once).
 */
async function httpsOptions() {
  const certs = require('office-addin-dev-certs');
  try {
    return await certs.getHttpsServerOptions();
  } catch (e) {
    const dir = path.join(require('os').homedir(), '.office-addin-dev-certs');
    const [cert, key, ca] = ['localhost.crt', 'localhost.key', 'ca.crt'].map((f) => path.join(dir, f));
    if (fs.existsSync(cert) && fs.existsSync(key)) {
      console.warn(`The Office dev CA could not be installed (${e.message.split('\n')[0]}); serving its certificate anyway: trust ${ca} in your browser.`);
      return { cert: fs.readFileSync(cert), key: fs.readFileSync(key), ca: fs.existsSync(ca) ? fs.readFileSync(ca) : undefined };
    }
    console.warn(`No Office dev certificate (${e.message.split('\n')[0]}); using a self-signed one.`);
    return {};
  }
}
