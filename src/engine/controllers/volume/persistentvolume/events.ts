// The PV controller's event reasons and messages, as upstream writes them
// (pkg/controller/volume/events and pv_controller.go, v1.31).

export const FAILED_BINDING = 'FailedBinding';
export const WAIT_FOR_FIRST_CONSUMER = 'WaitForFirstConsumer';
export const WAIT_FOR_POD_SCHEDULED = 'WaitForPodScheduled';
export const EXTERNAL_PROVISIONING = 'ExternalProvisioning';
export const PROVISIONING_FAILED = 'ProvisioningFailed';
export const VOLUME_FAILED_DELETE = 'VolumeFailedDelete';
export const VOLUME_MISMATCH = 'VolumeMismatch';
export const CLAIM_LOST = 'ClaimLost';
export const CLAIM_MISBOUND = 'ClaimMisbound';

export const NO_VOLUMES_NO_CLASS = 'no persistent volumes available for this claim and no storage class is set';
export const WAITING_FOR_CONSUMER = 'waiting for first consumer to be created before binding';
export const CLAIM_LOST_REFERENCE = 'Bound claim has lost reference to PersistentVolume. Data on the volume is lost!';
export const CLAIM_LOST_VOLUME = 'Bound claim has lost its PersistentVolume. Data on the volume is lost!';
export const CLAIM_MISBOUND_MESSAGE = 'Two claims are bound to the same volume, this one is bound incorrectly';

export const waitingForPods = (pods: readonly string[]): string =>
  pods.length > 1 ? `waiting for pods ${pods.join(',')} to be scheduled` : `waiting for pod ${pods[0]} to be scheduled`;
export const classNotFound = (name: string): string => `storageclass.storage.k8s.io "${name}" not found`;
export const noPluginMatched = (provisioner: string): string => `no volume plugin matched name: ${provisioner}`;
export const externalProvisioning = (provisioner: string): string =>
  `Waiting for a volume to be created either by the external provisioner '${provisioner}' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.`;
export const cannotBindRequested = (volume: string, why: string): string => `Cannot bind to requested volume "${volume}": ${why}`;
export const alreadyBoundElsewhere = (volume: string): string => `volume "${volume}" already bound to a different claim.`;
export const hostPathDeleteRefused = (path: string): string => `host_path deleter only supports /tmp/.+ but received provided ${path}`;
export const noDeletablePlugin = (volume: string): string => `error getting deleter volume plugin for volume "${volume}": no deletable volume plugin matched`;
