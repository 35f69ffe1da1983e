/** What the app tells a person when something went wrong: the gist, and the particulars. */
export interface ProblemSummary {
  title: string;
  detail?: string;
  status?: number;
}

/** A failure that already carries words fit for a person (from problem+json or our own). */
export class ProblemError extends Error {
  readonly problem: ProblemSummary;

  constructor(problem: ProblemSummary) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.name = 'ProblemError';
    this.problem = problem;
  }
}

/**
 * Reads an error body the way RFC 9457 defines it, falling back to the HTTP status when the body
 * is not problem details (a proxy's HTML page, an empty 502).
 */
export function toProblem(body: unknown, status: number): ProblemSummary {
  if (isRecord(body) && typeof body.title === 'string' && body.title.trim() !== '') {
    const detail = typeof body.detail === 'string' && body.detail.trim() !== ''
      ? body.detail
      : undefined;
    return { title: body.title, detail, status };
  }
  return {
    title: 'Something went wrong on our side',
    detail: `The server answered with HTTP ${status}.`,
    status,
  };
}

/** Turns anything a load may throw into something to show; never leaks a stack trace. */
export function describeFailure(failure: unknown): ProblemSummary {
  if (failure instanceof ProblemError) {
    return failure.problem;
  }
  // fetch rejects with a TypeError when the network, DNS or CORS stops the request.
  if (failure instanceof TypeError) {
    return {
      title: 'Could not reach tizza',
      detail: 'Check your connection and try again.',
    };
  }
  return {
    title: 'Something went wrong',
    detail: 'The answer from the server could not be read.',
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
