export { readMessage, detectFormat } from './read-message.ts';
export { htmlToText, type HtmlText } from './html-to-text.ts';
export { decodeHtmlEntities } from './html-entities.ts';
export { checkMail, isLookAlike, type CheckMailOptions, type MailCheck, type MailReason, type MailVerdict } from './check-mail.ts';
export { amazonDomains, amazonDomainOf, rentableAmazonHosts, type AmazonDomain } from './amazon-domains.ts';
export type {
  MessageAttachment,
  MessageFormat,
  MessageHeader,
  MessageLink,
  MessageProblem,
  MessageProblemCode,
  ParsedMessage,
} from './parsed-message.ts';
