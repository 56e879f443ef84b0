import { Injectable } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { ALLOW_KEY, PUBLIC, REST_OPERATION_KEY, type AllowDeclaration } from './allow.decorator.js';
import type { Role } from './role.enum.js';

export interface DeclaredOperation {
  /** `Rest` for a REST route named with @RestOperation */
  type: 'Query' | 'Mutation' | 'Subscription' | 'Rest';
  name: string;
  /** Undefined when the operation declares nothing, which the guard refuses to everyone. */
  declaration: AllowDeclaration | undefined;
}

/** The declaration the {@link AuthGuard} enforces for a resolver method: the method's own, else its class's. */
export function allowDeclarationOf(reflector: Reflector, handler: Function, resolver: Function): AllowDeclaration | undefined {
  return reflector.getAllAndOverride<AllowDeclaration | undefined>(ALLOW_KEY, [handler, resolver]);
}

/** Whether a declaration lets a caller with `roles` in: anyone for a public one, else a caller with one of its roles. */
export function declarationAdmits(declaration: AllowDeclaration, roles: readonly Role[]): boolean {
  return declaration === PUBLIC || declaration.some((role) => roles.includes(role));
}

/** Every root operation of the running app's resolvers, and every named REST route, with what it declares. */
export function declaredOperations(discovery: DiscoveryService, reflector: Reflector): DeclaredOperation[] {
  const operations: DeclaredOperation[] = [];
  for (const wrapper of discovery.getProviders()) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || !wrapper.metatype) continue;
    const proto = Object.getPrototypeOf(instance) as object;
    for (const method of Object.getOwnPropertyNames(proto)) {
      const handler: unknown = Object.getOwnPropertyDescriptor(proto, method)?.value;
      if (typeof handler !== 'function') continue;
      const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
      if (type !== 'Query' && type !== 'Mutation' && type !== 'Subscription') continue;
      const name = (Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? method;
      operations.push({ type, name, declaration: allowDeclarationOf(reflector, handler, wrapper.metatype) });
    }
  }
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || !wrapper.metatype) continue;
    const proto = Object.getPrototypeOf(instance) as object;
    for (const method of Object.getOwnPropertyNames(proto)) {
      const handler: unknown = Object.getOwnPropertyDescriptor(proto, method)?.value;
      const name = typeof handler === 'function' ? (Reflect.getMetadata(REST_OPERATION_KEY, handler) as string | undefined) : undefined;
      if (name) operations.push({ type: 'Rest', name, declaration: allowDeclarationOf(reflector, handler as Function, wrapper.metatype) });
    }
  }
  return operations;
}

/**
 * Which queries and mutations a user's roles let them call, from the same declarations the guard enforces, so the
 * web app offers exactly what the API will do for the user (the API still checks every call, and every record's
 * principal).
 */
@Injectable()
export class OperationPermissions {
  private operations?: DeclaredOperation[];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  /** The names of the queries, mutations and named REST routes `roles` may call, sorted. */
  of(roles: readonly Role[]): string[] {
    // read once, on first use: every resolver exists by then
    this.operations ??= declaredOperations(this.discovery, this.reflector).filter((o) => o.type !== 'Subscription');
    // a REST operation's name may stand for several routes (one file in two formats)
    return [...new Set(this.operations.filter((o) => o.declaration !== undefined && declarationAdmits(o.declaration, roles)).map((o) => o.name))].sort();
  }
}
