// Recorded from real kubectl v1.31.9 (client-side results only): [command line, stdout, stderr, exit code].

export const ORACLE: ReadonlyArray<readonly [line: string, stdout: string, stderr: string, code: number]> = [
  [
    "create deployment web --image=nginx --dry-run=client -o yaml",
    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: web\n  name: web\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: web\n  strategy: {}\n  template:\n    metadata:\n      creationTimestamp: null\n      labels:\n        app: web\n    spec:\n      containers:\n      - image: nginx\n        name: nginx\n        resources: {}\nstatus: {}\n",
    "",
    0
  ],
  [
    "create deployment x --image=nginx --port=80 --replicas=3 -o yaml --dry-run=client -- sleep 10",
    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: x\n  name: x\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: x\n  strategy: {}\n  template:\n    metadata:\n      creationTimestamp: null\n      labels:\n        app: x\n    spec:\n      containers:\n      - command:\n        - sleep\n        - \"10\"\n        image: nginx\n        name: nginx\n        ports:\n        - containerPort: 80\n        resources: {}\nstatus: {}\n",
    "",
    0
  ],
  [
    "create deployment x --image=nginx -o name --dry-run=client -n dev",
    "deployment.apps/x\n",
    "",
    0
  ],
  [
    "create deployment x --image=nginx --dry-run=client -n dev",
    "deployment.apps/x created (dry run)\n",
    "",
    0
  ],
  [
    "create deployment x --image=nginx --dry-run=client -o wide",
    "",
    "error: unable to match a printer suitable for the output format \"wide\", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml\n",
    1
  ],
  [
    "create deployment x --image=nginx --dry-run=foo",
    "",
    "error: Invalid dry-run value (foo). Must be \"none\", \"server\", or \"client\".\n",
    1
  ],
  [
    "create deployment x --image=a,b --dry-run=client -- sleep",
    "",
    "error: cannot specify multiple --image options and command\n",
    1
  ],
  [
    "create deployment --image=nginx",
    "",
    "error: exactly one NAME is required, got 0\nSee 'kubectl create deployment -h' for help and examples\n",
    1
  ],
  [
    "create deployment a b --image=nginx",
    "",
    "error: exactly one NAME is required, got 2\nSee 'kubectl create deployment -h' for help and examples\n",
    1
  ],
  [
    "create deployment x",
    "",
    "error: required flag(s) \"image\" not set\n",
    1
  ],
  [
    "create deployment x --image=nginx:1.25 --image=docker.io/library/redis@sha256:abc --dry-run=client -o yaml",
    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: x\n  name: x\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: x\n  strategy: {}\n  template:\n    metadata:\n      creationTimestamp: null\n      labels:\n        app: x\n    spec:\n      containers:\n      - image: nginx:1.25\n        name: nginx\n        resources: {}\n      - image: docker.io/library/redis@sha256:abc\n        name: redis\n        resources: {}\nstatus: {}\n",
    "",
    0
  ],
  [
    "create namespace dev --dry-run=client -o yaml",
    "apiVersion: v1\nkind: Namespace\nmetadata:\n  creationTimestamp: null\n  name: dev\nspec: {}\nstatus: {}\n",
    "",
    0
  ],
  [
    "create serviceaccount sa -n dev --dry-run=client -o yaml",
    "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  creationTimestamp: null\n  name: sa\n  namespace: dev\n",
    "",
    0
  ],
  [
    "create configmap cm --from-literal=a=b --from-literal=c=d=e --dry-run=client -o yaml",
    "apiVersion: v1\ndata:\n  a: b\n  c: d=e\nkind: ConfigMap\nmetadata:\n  creationTimestamp: null\n  name: cm\n",
    "",
    0
  ],
  [
    "create configmap cm --from-literal==b --dry-run=client",
    "",
    "error: invalid literal source =b, expected key=value\n",
    1
  ],
  [
    "create configmap cm --from-literal=a=b --from-literal=a=c --dry-run=client",
    "",
    "error: cannot add key \"a\", another key by that name already exists in Data for ConfigMap \"cm\"\n",
    1
  ],
  [
    "create configmap cm --from-literal=a/b=c --dry-run=client",
    "",
    "error: \"a/b\" is not a valid key name for a ConfigMap: a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')\n",
    1
  ],
  [
    "create secret generic s --from-literal=user=admin --from-literal=pass=s3cr3t! --dry-run=client -o yaml",
    "apiVersion: v1\ndata:\n  pass: czNjcjN0IQ==\n  user: YWRtaW4=\nkind: Secret\nmetadata:\n  creationTimestamp: null\n  name: s\n",
    "",
    0
  ],
  [
    "create secret generic s --type=kubernetes.io/basic-auth --from-literal=username=u --dry-run=client -o yaml",
    "apiVersion: v1\ndata:\n  username: dQ==\nkind: Secret\nmetadata:\n  creationTimestamp: null\n  name: s\ntype: kubernetes.io/basic-auth\n",
    "",
    0
  ],
  [
    "create secret docker-registry reg --docker-username=u --docker-password=p --docker-email=e@x.io --dry-run=client -o yaml",
    "apiVersion: v1\ndata:\n  .dockerconfigjson: eyJhdXRocyI6eyJodHRwczovL2luZGV4LmRvY2tlci5pby92MS8iOnsidXNlcm5hbWUiOiJ1IiwicGFzc3dvcmQiOiJwIiwiZW1haWwiOiJlQHguaW8iLCJhdXRoIjoiZFRwdyJ9fX0=\nkind: Secret\nmetadata:\n  creationTimestamp: null\n  name: reg\ntype: kubernetes.io/dockerconfigjson\n",
    "",
    0
  ],
  [
    "create secret docker-registry reg --dry-run=client",
    "",
    "error: either --from-file or the combination of --docker-username, --docker-password and --docker-server is required\n",
    1
  ],
  [
    "create secret tls t --dry-run=client",
    "",
    "error: key and cert must be specified\n",
    1
  ],
  [
    "create job j --image=busybox --dry-run=client -o yaml -- echo hi",
    "apiVersion: batch/v1\nkind: Job\nmetadata:\n  creationTimestamp: null\n  name: j\nspec:\n  template:\n    metadata:\n      creationTimestamp: null\n    spec:\n      containers:\n      - command:\n        - echo\n        - hi\n        image: busybox\n        name: j\n        resources: {}\n      restartPolicy: Never\nstatus: {}\n",
    "",
    0
  ],
  [
    "create job j --dry-run=client",
    "",
    "error: either --image or --from must be specified\n",
    1
  ],
  [
    "create cronjob cj --image=busybox --schedule='*/1 * * * *' --dry-run=client -o yaml -- date",
    "",
    "error: exactly one NAME is required, got 5\nSee 'kubectl create cronjob -h' for help and examples\n",
    1
  ],
  [
    "create cronjob cj --image=busybox --dry-run=client",
    "",
    "error: required flag(s) \"schedule\" not set\n",
    1
  ],
  [
    "create service clusterip s --tcp=80:8080 --dry-run=client -o yaml",
    "apiVersion: v1\nkind: Service\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: s\n  name: s\nspec:\n  ports:\n  - name: 80-8080\n    port: 80\n    protocol: TCP\n    targetPort: 8080\n  selector:\n    app: s\n  type: ClusterIP\nstatus:\n  loadBalancer: {}\n",
    "",
    0
  ],
  [
    "create service clusterip s --clusterip=None --dry-run=client -o yaml",
    "apiVersion: v1\nkind: Service\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: s\n  name: s\nspec:\n  clusterIP: None\n  selector:\n    app: s\n  type: ClusterIP\nstatus:\n  loadBalancer: {}\n",
    "",
    0
  ],
  [
    "create service clusterip s --dry-run=client",
    "",
    "error: at least one tcp port specifier must be provided\n",
    1
  ],
  [
    "create service nodeport s --tcp=80 --node-port=30080 --dry-run=client -o yaml",
    "apiVersion: v1\nkind: Service\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: s\n  name: s\nspec:\n  ports:\n  - name: \"80\"\n    nodePort: 30080\n    port: 80\n    protocol: TCP\n    targetPort: 80\n  selector:\n    app: s\n  type: NodePort\nstatus:\n  loadBalancer: {}\n",
    "",
    0
  ],
  [
    "create service loadbalancer s --tcp=80:8080,443 --dry-run=client -o yaml",
    "apiVersion: v1\nkind: Service\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: s\n  name: s\nspec:\n  ports:\n  - name: 80-8080\n    port: 80\n    protocol: TCP\n    targetPort: 8080\n  - name: \"443\"\n    port: 443\n    protocol: TCP\n    targetPort: 443\n  selector:\n    app: s\n  type: LoadBalancer\nstatus:\n  loadBalancer: {}\n",
    "",
    0
  ],
  [
    "create service externalname s --external-name=example.com --dry-run=client -o yaml",
    "apiVersion: v1\nkind: Service\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: s\n  name: s\nspec:\n  externalName: example.com\n  selector:\n    app: s\n  type: ExternalName\nstatus:\n  loadBalancer: {}\n",
    "",
    0
  ],
  [
    "create service externalname s --dry-run=client",
    "",
    "error: required flag(s) \"external-name\" not set\n",
    1
  ],
  [
    "create service nodeport s --clusterip=None --dry-run=client",
    "",
    "error: unknown flag: --clusterip\nSee 'kubectl create service nodeport --help' for usage.\n",
    1
  ],
  [
    "create clusterrole cr --verb=get --non-resource-url=/logs/* --dry-run=client -o yaml",
    "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  creationTimestamp: null\n  name: cr\nrules:\n- nonResourceURLs:\n  - /logs/*\n  verbs:\n  - get\n",
    "",
    0
  ],
  [
    "create clusterrole agg --aggregation-rule=rbac.example.com/aggregate-to-monitoring=true --dry-run=client -o yaml",
    "aggregationRule:\n  clusterRoleSelectors:\n  - matchLabels:\n      rbac.example.com/aggregate-to-monitoring: \"true\"\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  creationTimestamp: null\n  name: agg\nrules: null\n",
    "",
    0
  ],
  [
    "create clusterrole cr --verb=get --non-resource-url=logs --dry-run=client",
    "",
    "error: nonResourceURL should start with /\n",
    1
  ],
  [
    "create role r --dry-run=client",
    "",
    "error: at least one verb must be specified\n",
    1
  ],
  [
    "create role r --verb=get --dry-run=client",
    "",
    "error: at least one resource must be specified\n",
    1
  ],
  [
    "create rolebinding rb --role=r --user=jane --group=g --serviceaccount=ns:sa --dry-run=client -o yaml",
    "apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  creationTimestamp: null\n  name: rb\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: r\nsubjects:\n- apiGroup: rbac.authorization.k8s.io\n  kind: User\n  name: jane\n- apiGroup: rbac.authorization.k8s.io\n  kind: Group\n  name: g\n- kind: ServiceAccount\n  name: sa\n  namespace: ns\n",
    "",
    0
  ],
  [
    "create rolebinding rb --dry-run=client",
    "",
    "error: exactly one of clusterrole or role must be specified\n",
    1
  ],
  [
    "create rolebinding rb --role=r --serviceaccount=sa --dry-run=client",
    "",
    "error: serviceaccount must be <namespace>:<name>\n",
    1
  ],
  [
    "create clusterrolebinding crb --clusterrole=view --user=jane --dry-run=client -o yaml",
    "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  creationTimestamp: null\n  name: crb\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: view\nsubjects:\n- apiGroup: rbac.authorization.k8s.io\n  kind: User\n  name: jane\n",
    "",
    0
  ],
  [
    "create clusterrolebinding crb --dry-run=client",
    "",
    "error: required flag(s) \"clusterrole\" not set\n",
    1
  ],
  [
    "create pdb p --selector=app=web --min-available=50% --dry-run=client -o yaml",
    "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  creationTimestamp: null\n  name: p\nspec:\n  minAvailable: 50%\n  selector:\n    matchLabels:\n      app: web\nstatus:\n  currentHealthy: 0\n  desiredHealthy: 0\n  disruptionsAllowed: 0\n  expectedPods: 0\n",
    "",
    0
  ],
  [
    "create pdb p --selector='app in (a,b)' --max-unavailable=1 --dry-run=client -o yaml",
    "",
    "error: exactly one NAME is required, got 3\nSee 'kubectl create poddisruptionbudget -h' for help and examples\n",
    1
  ],
  [
    "create pdb p --dry-run=client",
    "",
    "error: a selector must be specified\n",
    1
  ],
  [
    "create pdb p --selector=a=b --dry-run=client",
    "",
    "error: one of min-available or max-unavailable must be specified\n",
    1
  ],
  [
    "create pdb p --selector=a=b --min-available=1 --max-unavailable=1 --dry-run=client",
    "",
    "error: min-available and max-unavailable cannot be both specified\n",
    1
  ],
  [
    "create pdb p --selector=a=b --min-available=x --dry-run=client",
    "",
    "error: invalid format specified for min-available\n",
    1
  ],
  [
    "create priorityclass high --value=1000 --description=x --dry-run=client -o yaml",
    "apiVersion: scheduling.k8s.io/v1\ndescription: x\nkind: PriorityClass\nmetadata:\n  creationTimestamp: null\n  name: high\npreemptionPolicy: PreemptLowerPriority\nvalue: 1000\n",
    "",
    0
  ],
  [
    "create priorityclass high --value=10 --global-default --preemption-policy=Never --dry-run=client -o yaml",
    "apiVersion: scheduling.k8s.io/v1\nglobalDefault: true\nkind: PriorityClass\nmetadata:\n  creationTimestamp: null\n  name: high\npreemptionPolicy: Never\nvalue: 10\n",
    "",
    0
  ],
  [
    "create quota q --hard=cpu=1,memory=1G,pods=2,requests.cpu=500m --scopes=BestEffort --dry-run=client -o yaml",
    "apiVersion: v1\nkind: ResourceQuota\nmetadata:\n  creationTimestamp: null\n  name: q\nspec:\n  hard:\n    cpu: \"1\"\n    memory: 1G\n    pods: \"2\"\n    requests.cpu: 500m\n  scopes:\n  - BestEffort\nstatus: {}\n",
    "",
    0
  ],
  [
    "create quota q --hard=cpu --dry-run=client",
    "",
    "error: Invalid argument syntax cpu, expected <resource>=<value>\n",
    1
  ],
  [
    "create ingress simple --rule=foo.com/bar=svc1:8080,tls=my-cert --rule=bar.com/*=svc2:http --class=nginx --annotation=a=b --dry-run=client -o yaml",
    "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  annotations:\n    a: b\n  creationTimestamp: null\n  name: simple\nspec:\n  ingressClassName: nginx\n  rules:\n  - host: foo.com\n    http:\n      paths:\n      - backend:\n          service:\n            name: svc1\n            port:\n              number: 8080\n        path: /bar\n        pathType: Exact\n  - host: bar.com\n    http:\n      paths:\n      - backend:\n          service:\n            name: svc2\n            port:\n              name: http\n        path: /\n        pathType: Prefix\n  tls:\n  - hosts:\n    - foo.com\n    secretName: my-cert\nstatus:\n  loadBalancer: {}\n",
    "",
    0
  ],
  [
    "create ingress d --default-backend=svc:80 --dry-run=client -o yaml",
    "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  creationTimestamp: null\n  name: d\nspec:\n  defaultBackend:\n    service:\n      name: svc\n      port:\n        number: 80\nstatus:\n  loadBalancer: {}\n",
    "",
    0
  ],
  [
    "create ingress d --dry-run=client",
    "",
    "error: not enough information provided: every ingress has to either specify a default-backend (which catches all traffic) or a list of rules (which catch specific paths)\n",
    1
  ],
  [
    "create ingress d --rule=foo --dry-run=client",
    "",
    "error: rule foo is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]\n",
    1
  ],
  [
    "create ingress d --default-backend=svc --dry-run=client",
    "",
    "error: default-backend should be in format servicename:serviceport\n",
    1
  ],
  [
    "create",
    "",
    "error: must specify one of -f and -k\n",
    1
  ],
  [
    "create x",
    "",
    "error: Unexpected args: [x]\nSee 'kubectl create -h' for help and examples\n",
    1
  ],
  [
    "create namespace",
    "",
    "error: exactly one NAME is required, got 0\nSee 'kubectl create namespace -h' for help and examples\n",
    1
  ],
  [
    "create secret generic",
    "",
    "error: exactly one NAME is required, got 0\nSee 'kubectl create secret generic -h' for help and examples\n",
    1
  ],
  [
    "create service clusterip",
    "",
    "error: exactly one NAME is required, got 0\nSee 'kubectl create service clusterip -h' for help and examples\n",
    1
  ]
];
