/**
 * Directions of a question that looks something up rather than asks for a procedure: what
 * MWS is, where an identifier is found, how Amazon decided the roles it granted.
 */
import { type Direction, roleWords, words } from './direction.ts';

const definition: Direction = {
  // What MWS is: "what is mws and for what the sellers are using it", "found something
  // called mws keys, what is that". One's own keys or IDs are found, not defined ("what is
  // my mws key"), and what MWS costs has its own page.
  name: 'definition',
  words: [],
  phrases: [
    'what is',
    'whats',
    'what are',
    'what does',
    'what even',
    'stand for',
    'something called',
    'heard of',
    'used for',
    'for what',
  ],
  prefixes: [],
  about: ['mws', 'marketplace web service'],
  unless: [
    ...['is my', 'are my', 'is our', 'are our', 'whats my', 'whats our'],
    ...words('cost costs price fee fees pay charge replace replacement'),
  ],
  terms: ['meaning'],
  opposite: [],
};

const find: Direction = {
  // Where an identifier or a credential is: the page on finding them, even when the person
  // wants it to connect a developer ("they need my merchant id before they can connect").
  name: 'find',
  words: words('find locate where'),
  phrases: ['look up', 'see my', 'get my'],
  prefixes: [],
  about: words(
    'id ids identifier identifiers key keys credential credentials secret token tokens number',
  ),
  unless: [],
  terms: ['find'],
  opposite: [],
};

const decided: Direction = {
  // How Amazon chose the roles it granted: "our app lost a role, why did they decide that".
  name: 'decided',
  words: words('decide decides decided deciding decision criteria'),
  phrases: [],
  prefixes: [],
  about: [...roleWords, 'access level', 'level of access'],
  unless: [],
  terms: ['decided'],
  opposite: [],
};

export const lookupDirections = { definition, find, decided };
