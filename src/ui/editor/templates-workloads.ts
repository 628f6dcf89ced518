// Starter manifests of the workloads (Pod, Deployment, ReplicaSet, DaemonSet, StatefulSet, Job,
// CronJob), from the course's examples: web-server, frontend, filebeat, stateful-web, pi, hello.

export const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web-server
  labels:
    app: web-server
spec:
  containers:
  - name: nginx
    image: nginx:1.14.2
    ports:
    - containerPort: 80
`;

export const workload = (kind: string, name: string, extra: string): string => `apiVersion: apps/v1
kind: ${kind}
metadata:
  name: ${name}
  labels:
    app: web-server
    tier: frontend
spec:
${extra}  selector:
    matchLabels:
      tier: frontend
  template:
    metadata:
      labels:
        tier: frontend
    spec:
      containers:
      - name: nginx
        image: nginx:1.14.2
        ports:
        - containerPort: 80
`;

export const DAEMON_SET = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: filebeat
  labels:
    agent: filebeat
spec:
  selector:
    matchLabels:
      agent: filebeat
  template:
    metadata:
      labels:
        agent: filebeat
    spec:
      containers:
      - name: filebeat
        image: docker.elastic.co/beats/filebeat:8.4.3
`;

export const STATEFUL_SET = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: stateful-web
spec:
  selector:
    matchLabels:
      app: nginx
  serviceName: nginx
  replicas: 3
  minReadySeconds: 10
  template:
    metadata:
      labels:
        app: nginx
    spec:
      terminationGracePeriodSeconds: 10
      containers:
      - name: nginx
        image: registry.k8s.io/nginx-slim:0.8
        ports:
        - containerPort: 80
          name: web
        volumeMounts:
        - name: www
          mountPath: /usr/share/nginx/html
  volumeClaimTemplates:
  - metadata:
      name: www
    spec:
      accessModes: ["ReadWriteOnce"]
      resources:
        requests:
          storage: 1Gi
`;

export const JOB = `apiVersion: batch/v1
kind: Job
metadata:
  name: pi
spec:
  template:
    spec:
      containers:
      - name: pi
        image: perl:5.34.0
        command: ["perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"]
      restartPolicy: Never
  backoffLimit: 4
`;

export const CRON_JOB = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: hello
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - name: hello
            image: busybox:1.28
            imagePullPolicy: IfNotPresent
            command:
            - /bin/sh
            - -c
            - date; echo Hello from the Kubernetes cluster
          restartPolicy: OnFailure
`;
