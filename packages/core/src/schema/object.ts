import {globalRegistry, ZodMiniObject, type ZodMiniType} from 'zod/mini'
import {$constructor, $ZodObjectJIT, type $strip, type $ZodLooseShape, type $ZodType, type util} from 'zod/v4/core'

/**
 * zod/mini's object on the parser of zod's full build.
 *
 * zod/mini interprets an object's shape on every parse: a loop over the keys and a call per
 * property to merge its result. zod's full build generates one function per shape (with
 * `new Function`) on the first synchronous parse, which validates a record about three times
 * faster. Running zod's own object initialiser first and zod/mini's second gives zod/mini's
 * object (its type, methods, `instanceof` and JSON Schema) with that parser: the mini
 * initialiser finds the object already set up and adds only its methods. zod checks whether it
 * may generate code when the schemas are built, that is when `@onrecord/core` is imported, by
 * calling `new Function("")`; where it may not (`z.config({jitless: true})` set before then, a
 * Content-Security-Policy without `unsafe-eval`, where the browser also reports the refused
 * call) or a parse asks not to (`{jitless: true}`), it parses with the interpreter, as zod/mini
 * does.
 */
const ZodMiniObjectJIT = /* @__PURE__ */ $constructor<ZodMiniObject>('ZodMiniObjectJIT', (inst, def) => {
  $ZodObjectJIT.init(inst, def)
  ZodMiniObject.init(inst, def)
})

/**
 * `z.object` for the record's schemas: the same object with the same checks, validated by
 * generated code (see `ZodMiniObjectJIT` above).
 */
export function object<Shape extends $ZodLooseShape>(shape: Shape): ZodMiniObject<util.Writeable<Shape>, $strip> {
  return new ZodMiniObjectJIT({type: 'object', shape}) as ZodMiniObject<util.Writeable<Shape>, $strip>
}

/**
 * A schema with its description, written once: the description reaches the JSON Schema
 * (`description`), the documented interfaces of `types.ts` (TSDoc, so an editor shows it on
 * hover) and the API reference's table of fields.
 *
 * The schema is cloned first, so that a shared schema (`SpanSchema`) can carry a different
 * description in each field; the clone keeps its parent, which is how `types.ts` names it.
 */
export function described<Schema extends $ZodType>(description: string, schema: Schema): Schema {
  return (schema as unknown as ZodMiniType).clone().register(globalRegistry, {description}) as unknown as Schema
}
