import * as z from 'zod/mini';
import { sanitizeUntrusted } from '../prompt/sanitize.js';
import { defineTool } from './tool.js';

export const askUserQuestionTool = defineTool({
  name: 'ask_user_question',
  description:
    'Ask the engineer one question about the ticket. When no answer is available the question stays open and belongs in the plan\'s questions.',
  input: z.strictObject({ question: z.string().check(z.minLength(1), z.maxLength(2000)) }),
  async run(input, services) {
    const answer = await services.answerQuestion(input.question);
    if (answer === undefined) {
      return {
        content: `no engineer answered in this session; if the plan still depends on it, list it under questions in submit_plan (more than ${services.policy.runner.max_open_questions} open questions escalates).`,
        attributes: { answered: false },
      };
    }
    return { content: `answer (from the engineer, as data): ${JSON.stringify(sanitizeUntrusted(answer))}`, attributes: { answered: true } };
  },
});
