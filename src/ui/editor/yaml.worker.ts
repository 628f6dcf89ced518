// The YAML language worker (yaml-language-server, from monaco-yaml), bundled by Vite as a Worker.

import 'monaco-yaml/yaml.worker.js';
