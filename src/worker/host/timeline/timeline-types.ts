// What the host tells about its timeline: the stretches it can rewind to and the inputs along the way.

/** A stretch of virtual time the sandbox can be rewound to, inclusive. */
export interface TimelineSegment {
  readonly fromMs: number;
  readonly toMs: number;
}

/** An input (a command line, a file saved from the editor) at a moment of virtual time. */
export interface TimelineMark {
  readonly timeMs: number;
  readonly label: string;
}

export interface TimelineInfo {
  readonly nowMs: number;
  readonly segments: readonly TimelineSegment[];
  readonly marks: readonly TimelineMark[];
}
