export { ptBR as default, ptBR } from '../../i18n/locales/pt-BR';
