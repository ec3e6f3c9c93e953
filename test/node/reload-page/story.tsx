import { composeStories } from '@storybook/react-vite';
import { createRoot } from 'react-dom/client';
import * as wizardStories from '../../../stories/VerificationWizard.stories';

// A stand-in for Storybook's preview iframe: renders the story named in the URL, with the id
// Storybook gives it, so F5 mounts the same story again and ?story=… switches to another.
const { ResumeAfterReload, Individual } = composeStories(wizardStories);
const name = new URLSearchParams(location.search).get('story');
const Story = name === 'Individual' ? Individual : ResumeAfterReload;
createRoot(document.getElementById('root')!).render(<Story />);
