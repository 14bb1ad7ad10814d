import type {RuleTexts} from '../catalog.js';
import {facebookSteps, linkedinContactSteps, xBirthdaySteps, youtubeStudioSteps} from './fix-steps.js';

// Profile details: birthday, places, contact details (src/core/rules/*.ts, family birthdate/location/contact).
export const profileRules: Readonly<Record<string, RuleTexts>> = {
	'birthdate-and-hometown': {
		title: 'Tu fecha de nacimiento completa y tu lugar de origen se ven juntos',
		why: 'La fecha y el lugar de nacimiento predijeron los cinco primeros dígitos del número de la Seguridad Social del 44 % de los estadounidenses nacidos después de 1988 (Acquisti y Gross, PNAS 2009), y son el par clásico para verificar la identidad.',
		ok: 'Nadie más que tú ve tu fecha de nacimiento completa junto con tu ciudad de origen o tu ciudad.',
		exposures: {
			'with-current-city': 'Tu fecha de nacimiento completa y tu ciudad actual son visibles para {audience:in}',
			'with-hometown': 'Tu fecha de nacimiento completa y tu ciudad de origen son visibles para {audience:in}',
		},
		steps: {facebook: facebookSteps.birthday},
	},
	'address-visible': {
		title: 'Tu dirección de casa está en tu perfil',
		why: 'Una dirección convierte un contacto en línea en una visita a tu puerta; el 7 % de los adultos en redes sociales había publicado la suya (Consumer Reports, State of the Net 2010).',
		ok: 'No hay ninguna dirección de casa visible en tu perfil.',
		exposures: {visible: 'Tu dirección de casa es visible para {audience:in}'},
		steps: {
			facebook: [...facebookSteps.contact('Dirección').slice(0, 2), 'Junto a tu dirección, elige Editar › Eliminar (o pon el público en "Solo yo").'],
			linkedin: linkedinContactSteps('Borra la dirección.'),
		},
	},
	'birthdate-visible': {
		title: 'Tu fecha de nacimiento completa, o tu edad, está en tu perfil',
		why: 'La fecha de nacimiento completa es una respuesta clásica para verificar la identidad y, con el código postal y el sexo, identifica al 87 % de los estadounidenses (Sweeney, 2000); en un adolescente, una edad visible le dice a un desconocido que está hablando con un menor.',
		ok: 'Tu año de nacimiento está oculto, así que ni tu fecha de nacimiento completa ni tu edad están en tu perfil.',
		exposures: {
			'year-visible': 'Tu año de nacimiento (tu edad) es visible para {audience:in}',
			'full-date-visible': 'Tu fecha de nacimiento completa (día, mes y año) es visible para {audience:in}',
			'date-visible': 'Tu fecha de nacimiento completa es visible para {audience:in}',
		},
		steps: {facebook: facebookSteps.birthday, x: xBirthdaySteps,
			linkedin: linkedinContactSteps('En "Cumpleaños", elige quién puede verlo: "Solo tú" (o borra el cumpleaños).')},
	},
	'birthdate-line-x': {
		title: 'Tu perfil de X muestra una línea "Nació el …"',
		why: 'Tu fecha de nacimiento, o parte de ella, se muestra a otras personas, y en un adolescente una edad visible le dice a un desconocido que está hablando con un menor; una fecha completa con el código postal y el sexo identifica al 87 % de los estadounidenses (Sweeney, 2000).',
		ok: 'Tu perfil de X no muestra ninguna línea "Nació el …": no hay fecha de nacimiento, o solo tú puedes verla.',
		exposures: {shown: 'Tu perfil muestra una línea "Nació el …" a otras personas además de ti'},
		steps: {x: xBirthdaySteps},
	},
	'phone-visible': {
		title: 'Tu número de teléfono está en tu perfil',
		why: 'Un número visible atrae llamadas de estafa, mensajes de phishing e intentos de duplicar tu SIM; los datos extraídos de Facebook vincularon 533 millones de números de teléfono a perfiles (Facebook, abril de 2021).',
		ok: 'Tu número de teléfono solo lo ves tú, o no está en tu perfil.',
		exposures: {visible: 'Tu número de teléfono es visible para {audience:in}'},
		steps: {facebook: facebookSteps.contact('Celular'), linkedin: linkedinContactSteps('Borra el número de teléfono.')},
	},
	'email-visible': {
		title: 'Tu correo electrónico es visible más allá de tus amigos',
		why: 'Un correo visible alimenta el phishing y los ataques de recuperación de cuentas, y conecta tus cuentas entre sitios.',
		ok: 'Tu correo electrónico solo es visible para tus amigos o menos personas.',
		exposures: {visible: 'Tu correo electrónico es visible para {audience:in}'},
		steps: {
			facebook: facebookSteps.contact('Correo electrónico'),
			linkedin: ['Abre Yo › Configuración y privacidad.', 'Abre "Visibilidad".', 'Abre "Quién puede ver o descargar tu dirección de email".', 'Elige "Visible solo para mí" o "Contactos de 1er grado", y desactiva el interruptor que permite a tus contactos exportar tu dirección de email.'],
			youtube: youtubeStudioSteps('En "Información de contacto", borra la dirección de correo.'),
		},
	},
	'hometown-public': {
		title: 'Cualquiera puede ver tu ciudad de origen',
		why: 'El lugar de nacimiento es el segundo dato para predecir el número de la Seguridad Social (Acquisti y Gross, 2009) y una respuesta habitual a las preguntas de seguridad.',
		ok: 'Tu ciudad de origen no es pública.',
		exposures: {public: 'Tu ciudad de origen es visible para cualquier persona (Público)'},
		steps: {facebook: facebookSteps.places('Ciudad de origen')},
	},
	'current-city-public': {
		title: 'Cualquiera puede ver la ciudad en la que vives',
		why: 'Tu ciudad reduce mucho quién eres y, en un adolescente, dónde encontrarlo: el 71 % de los adolescentes publica su ciudad o pueblo (Pew Research, 2013).',
		ok: 'Tu ciudad actual no es pública.',
		exposures: {public: 'Tu ciudad actual es visible para cualquier persona (Público)'},
		steps: {
			facebook: facebookSteps.places('Ciudad actual'),
			x: ['Abre tu perfil y elige "Editar perfil".', 'Borra "Ubicación", o hazla más vaga (una región en vez de un pueblo).', 'Selecciona "Guardar".'],
		},
	},
};
