import { dateTime as formats16 } from "../../../formats.js";

export { validate308 as compiledOAuthLastTokenIssued };
const schema128 = {"type":"object","properties":{"dateIssued":{"type":"string","format":"date-time"}}};

function validate308(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.dateIssued !== undefined){
let data0 = data.dateIssued;
if(typeof data0 === "string"){
if(!(formats16(data0))){
const err0 = {instancePath:instancePath+"/dateIssued",schemaPath:"#/properties/dateIssued/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/dateIssued",schemaPath:"#/properties/dateIssued/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate308.errors = vErrors;
return errors === 0;
}
