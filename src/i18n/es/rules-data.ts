import type {RuleTexts} from '../catalog.js';
import {facebookSteps, linkedinSteps, xSteps} from './fix-steps.js';

const xAccountSettings = 'Abre Más opciones › Configuración y privacidad › Seguridad y acceso a la cuenta.';

// Where your data goes: location on posts, apps, search engines, ads, data sharing, AI training
// (families geolocation and third-party).
export const dataRules: Readonly<Record<string, RuleTexts>> = {
	'geotag-posts': {
		title: 'X puede agregar tu ubicación a tus posts',
		why: 'Las etiquetas de ubicación en los posts permiten a desconocidos deducir dónde vives y cuándo no estás ("cybercasing", Friedland y Sommer, 2010).',
		ok: 'No se agrega información de ubicación a tus posts.',
		exposures: {on: '"Agregar información de ubicación a tus posts" está activado'},
		steps: {x: xSteps(['Tus posts', 'Información de ubicación', 'Agregar información de ubicación a tus posts'], 'Desactívalo y usa "Eliminar toda la información de ubicación de tus posts".')},
	},
	'business-partner-sharing': {
		title: 'X comparte información adicional sobre ti con socios comerciales',
		why: 'Según la política de privacidad de X de octubre de 2024, los socios comerciales pueden usar los datos compartidos con ellos para sus propios fines, incluido entrenar IA (Silicon Republic, 2024-10-18).',
		ok: 'El intercambio adicional con socios comerciales está desactivado.',
		exposures: {on: '"Permitir el intercambio de información adicional con socios comerciales" está activado'},
		steps: {x: xSteps(['Compartir datos y personalización', 'Compartir datos con socios comerciales'], 'Desactiva "Permitir el intercambio de información adicional con socios comerciales".')},
	},
	'connected-apps': {
		title: 'Hay apps y sitios web que aún pueden leer tu cuenta',
		why: 'Una app de test instalada por unas 270.000 personas pasó a Cambridge Analytica datos de hasta 87 millones, incluidos el cumpleaños y la ciudad actual (2018).',
		ok: 'Ninguna app ni sitio web tiene acceso activo a tu cuenta.',
		exposures: {apps: {count: 'count', one: '{count} app o sitio web puede acceder a tu cuenta', other: '{count} apps o sitios web pueden acceder a tu cuenta'}},
		steps: {
			facebook: [facebookSteps.settings, 'Abre "Apps y sitios web".', 'En la pestaña Activas, elimina todas las apps que no uses.'],
			x: [xAccountSettings, 'Abre "Aplicaciones y sesiones" y luego "Aplicaciones conectadas".', 'Abre cada aplicación que no uses y revoca su acceso.'],
			linkedin: ['Abre Yo › Configuración y privacidad.', 'Abre "Privacidad de datos" y luego "Servicios permitidos".', 'Elimina todos los servicios que no uses.'],
			instagram: ['Abre Más (☰) › Configuración.', 'Abre "Apps y sitios web".', 'En la pestaña Activas, elimina todas las apps o sitios web que no uses.'],
			strava: ['Pasa el cursor por tu foto de perfil (arriba a la derecha) y elige Ajustes.', 'Abre la pestaña "My Apps" (mis aplicaciones).', 'Elige "Revoke Access" en cada aplicación que no uses.'],
		},
	},
	'inferred-identity': {
		title: 'X vincula a tu cuenta navegadores y dispositivos que cree que son tuyos',
		why: 'La actividad en dispositivos y navegadores en los que nunca iniciaste sesión se une a tu perfil para personalizar y mostrar anuncios; X pagó 150 millones de dólares por reutilizar para anuncios datos de contacto dados por seguridad (FTC y DOJ, 2022).',
		ok: 'X no personaliza según tu identidad inferida.',
		exposures: {on: '"Personalizar según tu identidad inferida" está activado'},
		steps: {x: xSteps(['Compartir datos y personalización', 'Identidad inferida'], 'Desactiva "Personalizar según tu identidad inferida".')},
	},
	'search-engine-linking': {
		title: 'Los buscadores enlazan a tu perfil',
		why: 'Los perfiles indexados aparecen a cualquiera que busque tu nombre y alimentan a los corredores de datos; Consumer Reports incluyó "que te encuentre un buscador" entre los hábitos que hay que dejar (2010).',
		ok: 'Los buscadores fuera del sitio no enlazan a tu perfil.',
		exposures: {on: 'Los buscadores fuera de Facebook pueden enlazar a tu perfil'},
		steps: {facebook: [facebookSteps.settings, facebookSteps.findAndContactPage, 'Desactiva "¿Quieres que los motores de búsqueda fuera de Facebook enlacen a tu perfil?".']},
	},
	'personalized-ads': {
		title: 'X personaliza anuncios con datos de fuera de X',
		why: 'Los datos de socios construyen un perfil de tu comportamiento, y X pagó 150 millones de dólares por usar para anuncios los teléfonos y correos dados por seguridad (FTC y DOJ, 2022).',
		ok: 'Los anuncios personalizados están desactivados.',
		exposures: {on: '"Anuncios personalizados" está activado'},
		steps: {x: xSteps(['Compartir datos y personalización', 'Preferencias de anuncios'], 'Desactiva "Anuncios personalizados".')},
	},
	'linkedin-ads-inferred-location': {
		title: 'LinkedIn dirige anuncios según dónde deduce que estás',
		why: 'Tu dirección IP te sitúa en una ciudad o más cerca; los anuncios dirigidos con ella les dicen a los anunciantes dónde vives y trabajas, y te siguen cuando viajas (Ayuda de LinkedIn, datos publicitarios).',
		ok: 'LinkedIn no usa tu ubicación inferida para los anuncios.',
		exposures: {on: '"Ubicación inferida" está activado'},
		steps: {linkedin: linkedinSteps(['Datos publicitarios', 'Ubicación inferida'], 'Desactiva el interruptor.')},
	},
	'ads-beyond-linkedin': {
		title: 'LinkedIn usa tus datos para anuncios en otros sitios',
		why: 'Las redes publicitarias que te siguen entre sitios construyen un perfil de tu comportamiento, y los datos publicitarios se reutilizan para otros fines (X pagó 150 millones de dólares por ello, FTC y DOJ, 2022).',
		ok: 'LinkedIn no usa tus datos para anuncios fuera de LinkedIn.',
		exposures: {on: '"Anuncios fuera de LinkedIn" está activado'},
		steps: {linkedin: linkedinSteps(['Datos publicitarios', 'Anuncios fuera de LinkedIn'], 'Desactiva el interruptor.')},
	},
	'ai-training': {
		title: 'Tus publicaciones y datos entrenan los modelos de IA del sitio',
		why: 'X activó por defecto el entrenamiento de Grok en todas las cuentas en julio de 2024 (Reclaim The Net, 2024-07-26), LinkedIn hizo lo mismo en septiembre de 2024 (Ayuda de LinkedIn a6278444), y desactivarlo no deshace el entrenamiento pasado.',
		ok: 'Tus datos no se usan para entrenar los modelos de IA del sitio.',
		exposures: {on: 'Tus publicaciones, tu perfil y tus chats con IA pueden usarse para entrenar IA'},
		steps: {
			x: xSteps(['Compartir datos y personalización', 'Grok y colaboradores externos'], 'Desactiva "Permitir que tus datos públicos … se usen para entrenamiento y ajuste" y borra tu historial de conversaciones con Grok.'),
			linkedin: linkedinSteps(['Privacidad de datos', 'Datos para mejorar la IA generativa'], 'Desactiva "Usar mis datos para entrenar modelos de IA de creación de contenido".'),
		},
	},
};
