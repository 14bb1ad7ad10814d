import type {RuleText} from '../text-catalog.js';
import {bioSteps} from './fix-steps.js';

// What the user's own bio shows, by kind (src/core/rules/bio-*.ts; the fields of src/core/bio/scan-bio.ts).
export const bioRules: Readonly<Record<string, RuleText>> = {
	'bio-address': {
		title: 'Parece que tu biografía muestra una dirección',
		why: 'Una dirección de casa permite convertir un contacto en línea en acoso o en un robo; entre el 7 y el 8 % de los usuarios de redes sociales había publicado la suya (Consumer Reports, 2010).',
		okText: 'En tu biografía no hay nada que parezca una dirección.',
		exposures: {'Your bio shows what looks like a street address to {audience}': 'En tu biografía, algo que parece una dirección es visible para {audience}'},
		steps: bioSteps('la dirección'),
	},
	'bio-phone': {
		title: 'Tu biografía muestra un número de teléfono',
		why: 'Un número visible atrae llamadas de estafa, mensajes de phishing e intentos de duplicar tu SIM, y permite encontrar tus otras cuentas con él; los datos extraídos de Facebook vincularon 533 millones de números de teléfono a perfiles (Facebook, abril de 2021).',
		okText: 'Tu biografía no contiene ningún número de teléfono.',
		exposures: {'Your bio shows a phone number to {audience}': 'En tu biografía, un número de teléfono es visible para {audience}'},
		steps: bioSteps('el número de teléfono'),
	},
	'bio-age-or-school': {
		title: 'Tu biografía dice cuántos años tienes o a qué escuela vas',
		why: 'Una edad les dice a los desconocidos que están hablando con un menor, y una escuela les da un lugar predecible donde encontrarlo cada día: el 71 % de los adolescentes publicaba el nombre de su escuela (Pew Research, 2013).',
		okText: 'Tu biografía no menciona tu edad ni tu escuela.',
		exposures: {
			'Your bio shows your age and your school to {audience}': 'En tu biografía, tu edad y tu escuela son visibles para {audience}',
			'Your bio shows your age or school year to {audience}': 'En tu biografía, tu edad o tu curso son visibles para {audience}',
			'Your bio shows your school to {audience}': 'En tu biografía, tu escuela es visible para {audience}',
		},
		steps: bioSteps('tu edad, tu curso y el nombre de tu escuela'),
	},
	'bio-full-date': {
		title: 'Tu biografía muestra una fecha completa, con el año',
		why: 'Si es tu cumpleaños, un texto así anula el ajuste del perfil que lo oculta: el 42 % de los usuarios de Facebook mostraba su fecha de nacimiento completa, con el año (Consumer Reports, 2010).',
		okText: 'Tu biografía no contiene ninguna fecha completa.',
		exposures: {'Your bio shows a full date (day, month and year) to {audience}': 'En tu biografía, una fecha completa (día, mes y año) es visible para {audience}'},
		steps: bioSteps('la fecha (o al menos su año)'),
	},
	'bio-email': {
		title: 'Tu biografía muestra un correo electrónico',
		why: 'Un correo visible alimenta el phishing y los ataques de recuperación de cuentas, y permite buscar tus otras cuentas con él (Twitter, agosto de 2022).',
		okText: 'Tu biografía no contiene ningún correo electrónico, o solo lo ven tus contactos.',
		exposures: {'Your bio shows an email address to {audience}': 'En tu biografía, un correo electrónico es visible para {audience}'},
		steps: bioSteps('el correo electrónico'),
	},
};
