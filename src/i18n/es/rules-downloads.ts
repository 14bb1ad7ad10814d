import type {RuleTexts} from '../catalog.js';

// Las reglas sobre una descarga de datos (src/core/exports/rules/<id>.ts): lo que la plataforma guarda,
// en cifras y periodos, y por plataforma cómo borrarlo o desactivarlo. Los menús llevan los nombres de
// las plataformas en español donde se conocen (páginas de ayuda, 2024–26); si no, se describen.
export const downloadRules: Readonly<Record<string, RuleTexts>> = {
	'download-location-history': {
		title: 'La plataforma guarda un historial de dónde has estado',
		why: 'Unas semanas de puntos de ubicación delatan una casa (el lugar más frecuente de noche) y un trabajo; cuatro puntos bastan para distinguir al 95 % de las personas en trazas "anónimas" (de Montjoye et al., 2013).',
		ok: 'No hay historial de ubicación en esta descarga.',
		exposures: {
			points: {count: 'count', one: '{count} punto de ubicación de {from} a {to}', other: '{count} puntos de ubicación de {from} a {to}'},
			'points-undated': {count: 'count', one: '{count} punto de ubicación', other: '{count} puntos de ubicación'},
		},
		steps: {
			google: ['En el teléfono: Ajustes › Ubicación › Servicios de ubicación › Cronología.', 'Elimina los datos de Cronología (todos o un periodo) y desactiva Cronología.', 'En myactivity.google.com › Controles de actividad, comprueba que Cronología (Historial de ubicaciones) esté desactivada.'],
			snapchat: ['En Snapchat: Ajustes › Controles de privacidad › Mis datos: muestra lo que se guarda.', 'Desactiva compartir en el Snap Map ("Modo fantasma") y el permiso de ubicación de la app.'],
		},
	},
	'download-off-platform-activity': {
		title: 'Otras empresas le envían a la plataforma lo que haces en sus apps y webs',
		why: 'Las apps y webs que usas le cuentan a la plataforma qué compraste, leíste y buscaste, mediante sus herramientas (Píxel de Meta, SDK): datos compartidos con terceros que nunca ves en la propia plataforma (Meta, 2020).',
		ok: 'No hay actividad enviada por otras empresas en esta descarga.',
		exposures: {businesses: {count: 'count', one: '{count} empresa envió tu actividad ({events} eventos)', other: '{count} empresas enviaron tu actividad ({events} eventos)'}},
		steps: {facebook: ['Centro de cuentas › Tu información y permisos › Tu actividad fuera de las tecnologías de Meta.', 'Elige "Borrar actividad anterior" y luego "Administrar actividad futura" › "Desconectar actividad futura".']},
	},
	'download-home-location': {
		title: 'La plataforma guarda dónde vives',
		why: 'Una dirección, ciudad, ciudad de origen o código postal registrados dicen dónde encontrarte, y responden a una pregunta de seguridad habitual.',
		ok: 'No hay lugar de residencia en esta descarga.',
		exposures: {home: 'Hay registrada una dirección, ciudad, región o un lugar marcado como Casa'},
		steps: {
			google: ['myaccount.google.com › Información personal › Direcciones › Casa: elimínala.', 'En la Cronología del teléfono, quita las etiquetas Casa y Trabajo.'],
			facebook: ['Tu perfil › Información › Lugares de residencia: quita la ciudad actual y la ciudad de origen.'],
			tiktok: ['TikTok no deja cambiar la región que registra; puedes eliminar la cuenta para quitarla.'],
			linkedin: ['Tu perfil › Información de contacto: quita la dirección.', 'Ajustes › Preferencias de la cuenta › Información del perfil: revisa tu ubicación.'],
		},
	},
	'download-birth-date': {
		title: 'La plataforma guarda tu fecha de nacimiento',
		why: 'Una fecha de nacimiento completa junto a tu nombre basta para superar comprobaciones de recuperación de cuentas y abrir cuentas a tu nombre (guía de la FTC sobre robo de identidad).',
		ok: 'No hay fecha de nacimiento en esta descarga.',
		exposures: {full: 'Hay registrada una fecha de nacimiento completa (día, mes y año)', partial: 'Hay registrada parte de una fecha de nacimiento'},
		steps: {
			x: ['Configuración › Tu cuenta › Información de la cuenta › Fecha de nacimiento: revisa quién puede verla (X la guarda para comprobar la edad).'],
			facebook: ['Centro de cuentas › Datos personales › Fecha de nacimiento: revísala, y quién la ve en tu perfil.'],
			instagram: ['Centro de cuentas › Datos personales › Fecha de nacimiento: revísala.'],
			tiktok: ['TikTok guarda la fecha de nacimiento dada al registrarte y no deja quitarla.'],
			linkedin: ['Tu perfil › Información de contacto › Cumpleaños: quítalo o muéstralo solo a ti.'],
		},
	},
	'download-phone-on-file': {
		title: 'La plataforma guarda tu número de teléfono',
		why: 'Un número de teléfono permite que quien lo tenga encuentre tu cuenta si la búsqueda está activada, y vincula la cuenta contigo en otros servicios; es también lo que buscan los ataques de duplicado de SIM.',
		ok: 'No hay número de teléfono en esta descarga.',
		exposures: {phone: 'Hay registrado un número de teléfono'},
		steps: {
			x: ['Configuración › Tu cuenta › Información de la cuenta › Teléfono: quítalo si inicias sesión de otra forma.'],
			facebook: ['Centro de cuentas › Datos personales › Información de contacto: quita el número si no lo necesitas para iniciar sesión.'],
			instagram: ['Centro de cuentas › Datos personales › Información de contacto: quita el número si no lo necesitas para iniciar sesión.'],
			tiktok: ['Ajustes › Cuenta › Información de la cuenta › Teléfono: quítalo si inicias sesión de otra forma.'],
		},
	},
	'download-inferred-interests': {
		title: 'La plataforma ha deducido lo que te interesa',
		why: 'Los intereses se deducen de lo que haces y se venden como segmentación publicitaria; algunos son sensibles (salud, religión, política) y muchos resultan erróneos (Pew Research Center, 2019).',
		ok: 'No hay intereses deducidos en esta descarga.',
		exposures: {interests: {count: 'count', one: '{count} interés deducido sobre ti', other: '{count} intereses deducidos sobre ti'}},
		steps: {
			x: ['Configuración › Privacidad y seguridad › Contenido que ves › Intereses: desmarca los que no quieras.', 'Configuración › Privacidad y seguridad › Preferencias de anuncios: desactiva los anuncios personalizados.'],
			instagram: ['Centro de cuentas › Preferencias de anuncios › Temas de anuncios: revísalos y limítalos.'],
			linkedin: ['Ajustes › Datos de publicidad: desactiva los datos que LinkedIn usa para deducir intereses.'],
		},
	},
	'download-inferred-age': {
		title: 'La plataforma ha adivinado tu edad',
		why: 'Una edad deducida de lo que haces decide los anuncios que ves y, en un adolescente, lo que se le muestra; se guarda aunque nunca hayas dado una fecha de nacimiento.',
		ok: 'No hay edad deducida en esta descarga.',
		exposures: {inferred: 'Hay registrada una edad o un rango de edad deducidos sobre ti'},
		steps: {x: ['Configuración › Privacidad y seguridad › Actividad fuera de X › Personalizar según tu identidad inferida: desactívalo.']},
	},
	'download-advertiser-audiences': {
		title: 'Los anunciantes te han incluido en sus audiencias',
		why: 'Los anunciantes suben listas (correos, teléfonos) para encontrarte, o te segmentan por criterios que guarda la plataforma: tus datos circulan fuera de ella (Mozilla Foundation, 2024).',
		ok: 'No hay audiencias de anunciantes en esta descarga.',
		exposures: {audiences: {count: 'count', one: '{count} audiencia o criterio de segmentación de anunciantes', other: '{count} audiencias o criterios de segmentación de anunciantes'}},
		steps: {
			x: ['Configuración › Privacidad y seguridad › Preferencias de anuncios › Audiencias: revísalas y desactiva los anuncios personalizados.'],
			facebook: ['Centro de cuentas › Preferencias de anuncios › Administrar información › Publicidad basada en audiencias: oculta a los anunciantes que no conozcas.'],
			instagram: ['Centro de cuentas › Preferencias de anuncios › Administrar información › Publicidad basada en audiencias: oculta a los anunciantes que no conozcas.'],
			linkedin: ['Ajustes › Datos de publicidad: desactiva cada fuente, e "Intereses y rasgos".'],
		},
	},
	'download-ads-engaged': {
		title: 'La plataforma guarda los anuncios con los que interactuaste, y por qué te llegaron',
		why: 'Cada anuncio que viste o pulsaste se guarda con la segmentación que te relacionó con él (edad, lugar, intereses, la lista de un anunciante): un registro de cómo te encuentran los anunciantes.',
		ok: 'No hay interacciones con anuncios en esta descarga.',
		exposures: {
			ads: {count: 'count', one: '{count} interacción con anuncios de {from} a {to}', other: '{count} interacciones con anuncios de {from} a {to}'},
			'ads-undated': {count: 'count', one: '{count} interacción con anuncios', other: '{count} interacciones con anuncios'},
		},
		steps: {x: ['Configuración › Privacidad y seguridad › Preferencias de anuncios: desactiva los anuncios personalizados.']},
	},
	'download-connected-apps': {
		title: 'Hay apps conectadas a tu cuenta',
		why: 'Una app conectada lee lo que sus permisos le dejan mientras siga conectada, mucho después de que dejaras de usarla; las apps olvidadas son por donde salieron datos como los de Cambridge Analytica.',
		ok: 'No hay apps conectadas en esta descarga.',
		exposures: {apps: {count: 'count', one: '{count} app conectada', other: '{count} apps conectadas'}},
		steps: {
			x: ['Configuración › Seguridad y acceso a la cuenta › Aplicaciones y sesiones › Aplicaciones conectadas: revoca las que no uses.'],
			facebook: ['Configuración › Apps y sitios web: quita las que no uses.'],
		},
	},
};
