/**
 * A mistake on the command line (an unknown flag, a bad value, an output that exists): the
 * run stops before it starts, with exit status 2.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}
