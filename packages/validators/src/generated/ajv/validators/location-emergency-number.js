export { validate297 as compiledLocationEmergencyNumber };
const schema94 = {"type":"object","properties":{"e164":{"type":"string"},"number":{"type":"string"},"type":{"$ref":"#/$defs/EmergencyNumberType"}}};
const schema45 = {"type":"string","enum":["default","elin"]};

function validate297(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.e164 !== undefined){
if(typeof data.e164 !== "string"){
const err0 = {instancePath:instancePath+"/e164",schemaPath:"#/properties/e164/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.number !== undefined){
if(typeof data.number !== "string"){
const err1 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.type !== undefined){
let data2 = data.type;
if(typeof data2 !== "string"){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/EmergencyNumberType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((data2 === "default") || (data2 === "elin"))){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/EmergencyNumberType/enum",keyword:"enum",params:{allowedValues: schema45.enum}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate297.errors = vErrors;
return errors === 0;
}
